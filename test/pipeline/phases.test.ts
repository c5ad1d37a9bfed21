/**
 * The pipeline in phases: the changed files are read first, and only then is it known which
 * unchanged files (Canaries, Rollouts) are worth reading.
 */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, ChangeSet, ContextFile } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { readManifestFile } from '../../src/formats/registry.js';
import type { FileReading } from '../../src/formats/registry.js';
import {
  checkChange,
  checkChangeReadingContext,
  parseLimits,
  readRequests,
} from '../../src/pipeline/index.js';
import type { CheckOptions } from '../../src/pipeline/index.js';

const deployment = (name: string, image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
const canary = (name: string) =>
  `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: ${name}\nspec:\n  targetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${name}\n  analysis:\n    interval: 1m\n    threshold: 3\n    maxWeight: 50\n    stepWeight: 10\n    metrics:\n      - name: request-success-rate\n        thresholdRange:\n          min: 99\n`;

const modified = (path: string, base: string, head: string): ChangedFile => ({
  status: 'modified',
  path,
  base: { kind: 'text', text: base },
  head: { kind: 'text', text: head },
});

function options(files: ChangedFile[], context: ContextFile[] = []): CheckOptions {
  const changeSet: ChangeSet = {
    base: 'b'.repeat(40),
    head: 'h'.repeat(40),
    files,
    context,
    pullRequest: { body: '', labels: [] },
  };
  return {
    changeSet,
    policy: BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-11-30T12:00:00Z'),
  };
}

describe('checkChangeReadingContext', () => {
  it('asks for the context of the changed workloads only, and judges a Deployment through the Canary it returns', async () => {
    const asked: string[][] = [];
    const report = await checkChangeReadingContext(
      options([modified('apps/web/deploy.yaml', deployment('web', 'web:1'), deployment('web', 'web:2'))]),
      async (names) => {
        asked.push([...names]);
        return [{ path: 'apps/web/canary.yaml', content: { kind: 'text', text: canary('web') } }];
      },
    );

    expect(asked).toEqual([['web']]);
    expect(report.plans.map((p) => `${p.plan.format} ${p.change}`).sort()).toEqual([
      'flagger unchanged',
      'kubernetes modified',
    ]);
    // The same change with the context read up front gives the same report.
    const eager = checkChange(
      options(
        [modified('apps/web/deploy.yaml', deployment('web', 'web:1'), deployment('web', 'web:2'))],
        [{ path: 'apps/web/canary.yaml', content: { kind: 'text', text: canary('web') } }],
      ),
    );
    expect(report).toEqual(eager);
  });

  it('asks for the context before it reads the base side, so that git searches meanwhile', async () => {
    const events: string[] = [];
    const files = [modified('apps/web/deploy.yaml', deployment('web', 'web:1'), deployment('web', 'web:2'))];
    const made = new Map(
      readRequests(options(files).changeSet, BUILTIN_POLICY).map((r) => [
        r.key,
        readManifestFile(r.text, r.path, parseLimits(BUILTIN_POLICY)),
      ]),
    );
    // Readings that say when each side is read.
    const readings = {
      get: (key: string) => {
        events.push(key.split('\0')[0] as string);
        return made.get(key);
      },
    } as unknown as ReadonlyMap<string, FileReading>;
    await checkChangeReadingContext({ ...options(files), readings }, async () => {
      events.push('context');
      return [];
    });
    expect(events).toEqual(['head', 'context', 'base']);
  });

  it('reads no context when no Kubernetes workload changed', async () => {
    let calls = 0;
    const report = await checkChangeReadingContext(
      options([
        modified(
          'apps/web/canary.yaml',
          canary('web'),
          canary('web').replace('stepWeight: 10', 'stepWeight: 5'),
        ),
      ]),
      async () => {
        calls++;
        return [];
      },
    );
    expect(calls).toBe(0);
    expect(report.plans.map((p) => p.plan.format)).toEqual(['flagger']);
  });

  it('ignores a context Canary that delivers another workload', async () => {
    const report = await checkChangeReadingContext(
      options([modified('apps/web/deploy.yaml', deployment('web', 'web:1'), deployment('web', 'web:2'))]),
      async () => [{ path: 'apps/api/canary.yaml', content: { kind: 'text', text: canary('api') } }],
    );
    expect(report.plans.map((p) => p.plan.format)).toEqual(['kubernetes']);
  });
});

describe('readRequests and readings', () => {
  it('lists each side of each file the pipeline parses, and nothing it would skip', () => {
    const files: ChangedFile[] = [
      modified('deploy/web.yaml', deployment('web', 'web:1'), deployment('web', 'web:2')),
      { status: 'added', path: 'docs/notes.md', head: { kind: 'text', text: 'just prose\n' } },
      { status: 'added', path: 'tools/minified.json', head: { kind: 'text', text: '{"kind":"Rollout"}' } },
      {
        status: 'removed',
        path: 'deploy/old.yaml',
        base: { kind: 'text', text: deployment('old', 'old:1') },
      },
      { status: 'added', path: 'deploy/blob.yaml', head: { kind: 'binary' } },
    ];
    const requests = readRequests(options(files).changeSet, BUILTIN_POLICY);
    expect(requests.map((r) => r.key.replace('\0', ' '))).toEqual([
      'base deploy/web.yaml',
      'head deploy/web.yaml',
      'head tools/minified.json',
      'base deploy/old.yaml',
    ]);
  });

  it('reads a file whose mode alone changed once, for both sides', () => {
    const text = deployment('web', 'web:1');
    const files: ChangedFile[] = [modified('deploy/web.yaml', text, text)];
    const requests = readRequests(options(files).changeSet, BUILTIN_POLICY);
    expect(requests.map((r) => r.key.replace('\0', ' '))).toEqual(['head deploy/web.yaml']);
    // With only the head reading made beforehand, both sides are judged, as the same plan.
    const readings = new Map(
      requests.map((r) => [r.key, readManifestFile(r.text, r.path, parseLimits(BUILTIN_POLICY))]),
    );
    const report = checkChange({ ...options(files), readings });
    expect(report.plans.map((p) => p.change)).toEqual(['modified']);
    expect(report).toEqual(checkChange(options(files)));
  });

  it('uses readings made beforehand instead of parsing again, with the same report', () => {
    const files = [
      modified('deploy/web.yaml', deployment('web', 'web:1'), deployment('web', 'web:2:bad tag')),
    ];
    const plain = checkChange(options(files));
    const readings = new Map(
      readRequests(options(files).changeSet, BUILTIN_POLICY).map((r) => [
        r.key,
        readManifestFile(r.text, r.path, parseLimits(BUILTIN_POLICY)),
      ]),
    );
    expect(checkChange({ ...options(files), readings })).toEqual(plain);

    // A reading that differs from the file shows that the readings, not the text, were judged.
    const headKey = [...readings.keys()].find((key) => key.startsWith('head'));
    readings.set(headKey as string, { plans: [], diagnostics: [], recognised: true, templated: false });
    const withoutHead = checkChange({ ...options(files), readings });
    expect(withoutHead.plans.map((p) => p.change)).toEqual(['removed']);
  });
});
