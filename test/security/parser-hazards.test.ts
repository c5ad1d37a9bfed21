/**
 * Security review: parser hazards: what the `yaml` package would do with hostile manifests, seen from the
 * outside. Each case runs a whole change through the CLI (on a real git repository) or the
 * pipeline, and asserts what a user sees: the verdict, the finding and its line, and that the
 * hostile document contributes no plan.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangedFile, Report } from '../../src/core/model.js';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { runsPassedOn } from '../support/evidence.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const POLICY = '.github/rollout-guard.yml';

interface JsonReport {
  verdict: string;
  plans: { id: string; file: string }[];
  findings: { rule: string; level: string; file: string | null; line: number | null; message: string }[];
}

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.remove());

async function checkJson(base: string, head: string): Promise<{ code: number; report: JsonReport }> {
  const result = await cli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

function judge(files: ChangedFile[], policy: Policy = BUILTIN_POLICY): Report {
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      files,
      context: [],
      pullRequest: { body: GOOD_BODY, labels: [] },
      evidence: runsPassedOn('h'.repeat(40), { repository: 'example/shop', ids: [123456789, 123456790] }),
    },
    policy,
    policyPath: POLICY,
    now: new Date('2026-11-29T12:00:00Z'),
  });
}

const added = (file: string, text: string): ChangedFile => ({
  status: 'added',
  path: file,
  head: { kind: 'text', text },
});

const invalidFindings = (report: Report) => report.findings.filter((f) => f.rule === 'manifest/invalid');

/** A Flagger Canary that passes the built-in policy; `spec` lines are inserted after `spec:`. */
function canary(specLines = ''): string {
  return [
    'apiVersion: flagger.app/v1beta1',
    'kind: Canary',
    'metadata:',
    '  name: web',
    '  namespace: shop',
    'spec:',
    specLines,
    '  targetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    '    name: web',
    '  analysis:',
    '    interval: 5m',
    '    threshold: 3',
    '    maxWeight: 50',
    '    stepWeight: 10',
    '    metrics:',
    '      - name: request-success-rate',
    '        thresholdRange: {min: 99}',
    '        interval: 1m',
    '',
  ]
    .filter((line, i) => i !== 6 || line !== '')
    .join('\n');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parser hazards, through the pipeline and the CLI', () => {
  it('control: the Flagger Canary these cases start from passes', () => {
    const report = judge([added('deploy/web/canary.yaml', canary())]);
    expect(report.findings).toEqual([]);
    expect(report.plans).toHaveLength(1);
  });

  it('a billion-laughs alias bomb of a few hundred bytes is rejected in milliseconds, with a clear message', async () => {
    const bomb = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: lol}',
      'x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...Array.from(
        { length: 8 },
        (_, i) => `x${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`,
      ),
      'spec: {strategy: {canary: {steps: *a8}}}',
      '',
    ].join('\n');
    expect(bomb.length).toBeLessThan(1000);
    const started = performance.now();
    const report = judge([added('deploy/lol/rollout.yaml', bomb)]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(report.plans).toEqual([]);
    expect(invalidFindings(report)).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/too many alias expansions/),
      }),
    ]);

    const base = repo.commit({ 'README.md': 'x\n' });
    const head = repo.commit({ 'deploy/lol/rollout.yaml': bomb });
    const { code, report: json } = await checkJson(base, head);
    expect(code).toBe(1);
    expect(json.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/alias/));
  });

  it('1000-deep flow and block nesting, twice in one run: the process survives and reports "too deep"', async () => {
    const flow = `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec: ${'['.repeat(1000)}${']'.repeat(1000)}\n`;
    const block = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      ...Array.from({ length: 1000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`),
      '',
    ].join('\n');
    const base = repo.commit({ 'README.md': 'x\n' });
    const head = repo.commit({
      'deploy/a/flow.yaml': flow,
      'deploy/a/block.yaml': block,
      'deploy/b/flow.yaml': flow,
      'deploy/b/block.yaml': block,
    });
    for (let run = 0; run < 2; run++) {
      const { code, report } = await checkJson(base, head);
      expect(code).toBe(1);
      const tooDeep = report.findings.filter((f) => /deeper than \d+ levels/.test(f.message));
      expect(tooDeep.map((f) => f.file).sort()).toEqual([
        'deploy/a/block.yaml',
        'deploy/a/flow.yaml',
        'deploy/b/block.yaml',
        'deploy/b/flow.yaml',
      ]);
      expect(tooDeep.every((f) => f.rule === 'manifest/invalid' && f.level === 'error')).toBe(true);
      expect(report.plans).toEqual([]);
    }
  });

  it('a 50 MB manifest is rejected before parsing', async () => {
    const huge = `${UNSAFE}# ${'x'.repeat(50 * 1024 * 1024)}\n`;
    const base = repo.commit({ 'README.md': 'x\n' });
    const head = repo.commit({ 'deploy/big/rollout.yaml': huge });
    const started = performance.now();
    const { code, report } = await checkJson(base, head);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(report.plans).toEqual([]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'manifest/invalid',
        file: 'deploy/big/rollout.yaml',
        line: 1,
        message: expect.stringMatching(
          /is 50 MiB, over the manifest size limit of 2 MiB \(manifests.maxFileBytes\), so it was not read; vendored/,
        ),
      }),
    ]);
  });

  it('the size limit is the policy’s manifests.maxFileBytes', () => {
    const policy = parsePolicy('version: 1\nmanifests:\n  maxFileBytes: 1024\n', POLICY);
    if (!policy.ok) throw new Error(JSON.stringify(policy.errors));
    const manifest = `# ${'padding '.repeat(100)}\n${canary()}`;
    expect(Buffer.byteLength(manifest)).toBeGreaterThan(1024);
    const report = judge([added('deploy/web/canary.yaml', manifest)], policy.policy);
    expect(report.plans).toEqual([]);
    expect(invalidFindings(report)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/over the manifest size limit of 1 KiB \(manifests.maxFileBytes\)/),
      }),
    ]);
  });

  it.each([
    ['skipAnalysis: false then true', canary('  skipAnalysis: false\n  skipAnalysis: true'), 'skipAnalysis'],
    ['1: and "1":', canary('  service:\n    port: 80\n    headers:\n      1: a\n      "1": b'), '"1": b'],
  ])(
    'case 12: duplicate keys (%s) are manifest/invalid and the document is not judged',
    (_name, text, at) => {
      const report = judge([added('deploy/web/canary.yaml', text)]);
      expect(report.plans).toEqual([]);
      expect(report.verdict).toBe('fail');
      const lastOccurrence = text.split('\n').findLastIndex((l) => l.includes(at)) + 1;
      expect(invalidFindings(report)).toEqual([
        expect.objectContaining({
          level: 'error',
          line: lastOccurrence,
          message: expect.stringMatching(/duplicate key|DUPLICATE_KEY/i),
        }),
      ]);
    },
  );

  // Before the reader followed go-yaml, every YAML 1.1 scalar was refused. Now a scalar is refused
  // where kubectl (go-yaml v2) and kustomize (go-yaml v3) read it differently, and read as they
  // both read it where they agree.
  it.each([
    ['skipAnalysis: yes', canary('  skipAnalysis: yes')],
    ['suspend: on', canary('  suspend: on')],
    ['skipAnalysis: NO', canary('  skipAnalysis: NO')],
  ])('case 13: `%s` is refused: kubectl reads a boolean, kustomize text', (scalar, text) => {
    const report = judge([added('deploy/web/rollout.yaml', text)]);
    expect(report.plans).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(invalidFindings(report)).toEqual([
      expect.objectContaining({
        line: lineOf(text, scalar),
        message: expect.stringMatching(
          /go-yaml v2\).* as (?:true|false), .*go-yaml v3\) as the string .*readers disagree/,
        ),
      }),
    ]);
  });

  it('`setWeight: 010` is read as every Kubernetes reader reads it (octal 8), never as the safe value', () => {
    const report = judge([
      added('deploy/web/rollout.yaml', UNSAFE.replace('setWeight: 50', 'setWeight: 010')),
    ]);
    expect(report.findings.some((f) => /readers disagree/.test(f.message))).toBe(false);
    expect(report.plans.map((p) => p.plan.stages.map((s) => s.weight))).toEqual([[8, 100]]);
  });

  it('`setWeight: 1_000` is read as every Kubernetes reader reads it (1000), and refused as a weight', () => {
    const text = UNSAFE.replace('setWeight: 50', 'setWeight: 1_000');
    const report = judge([added('deploy/web/rollout.yaml', text)]);
    expect(invalidFindings(report)).toContainEqual(
      expect.objectContaining({
        line: lineOf(text, 'setWeight: 1_000'),
        message: expect.stringMatching(/got 1000/),
      }),
    );
  });

  it.each([
    ['%YAML 1.1', `%YAML 1.1\n---\n${canary()}`],
    ['%TAG', `%TAG !k! tag:evil.example,2024:\n---\n${canary('  skipAnalysis: !k!bool false')}`],
    ['!!js/function', canary('  skipAnalysis: !!js/function "function () { return false }"')],
    ['!!binary', canary('  skipAnalysis: !!binary ZmFsc2U=')],
    ['an unknown tag', canary('  suspend: !Custom false')],
    ['a CloudFormation tag outside CloudFormation', canary('  suspend: !Ref SuspendParam')],
  ])('case 14: %s makes the document invalid', (_name, text) => {
    const report = judge([added('deploy/web/canary.yaml', text)]);
    expect(report.plans).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(invalidFindings(report).length).toBeGreaterThan(0);
  });

  it('control: CloudFormation tags are read in a CloudFormation template', () => {
    const template =
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-logs"\n';
    expect(invalidFindings(judge([added('deploy/stack/template.yaml', template)]))).toEqual([]);
  });

  it.each([
    ['an inline merge', canary('  <<: {skipAnalysis: true}')],
    ['an anchored default', `x-defaults: &defaults\n  skipAnalysis: true\n${canary('  <<: *defaults')}`],
  ])('case 15: a merge key (%s) is judged as its merged value', (_name, text) => {
    const report = judge([added('deploy/web/canary.yaml', text)]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'canary/bypass', message: expect.stringMatching(/skipAnalysis/) }),
    );
    expect(report.verdict).toBe('fail');
  });

  it('__proto__ and constructor.prototype in manifests and in the policy pollute nothing', async () => {
    const manifest = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      '__proto__: {polluted: manifest}',
      'constructor: {prototype: {polluted: manifest}}',
      'metadata: {name: proto, __proto__: {polluted: manifest}}',
      'spec:',
      '  __proto__: {polluted: manifest}',
      '  strategy:',
      '    canary:',
      '      steps:',
      '        - __proto__: {setWeight: 5}',
      '        - constructor: {prototype: {polluted: step}}',
      '        - setWeight: 100',
      '',
    ].join('\n');
    const policy =
      'version: 1\n__proto__:\n  polluted: policy\nconstructor:\n  prototype:\n    polluted: policy\n';
    const base = repo.commit({ [POLICY]: policy });
    const head = repo.commit({ 'deploy/proto/rollout.yaml': manifest });
    const result = await cli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(result.code).toBe(2); // the base policy has unknown keys
    expect(result.stderr).toMatch(/`__proto__` is not a known key/);

    const report = judge([added('deploy/proto/rollout.yaml', manifest)]);
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'canary/required' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('setWeight');
  });

  it('a document with tab indentation contributes nothing; the file’s other documents are judged', () => {
    const broken = UNSAFE.replace('  name: checkout', '  name: broken').replace(
      '        - setWeight: 50',
      '\t- setWeight: 5',
    );
    const text = `${broken}---\n${canary()}`;
    const report = judge([added('deploy/mixed/manifests.yaml', text)]);
    expect(report.plans.map((p) => p.plan.target.name)).toEqual(['web']);
    const brokenLines = broken.split('\n').length;
    // The file's parse errors are one finding; each error is one of its places.
    const invalid = invalidFindings(report).flatMap(
      (f) => f.places?.map((place) => ({ ...f, ...place })) ?? [f],
    );
    expect(invalid).toContainEqual(
      expect.objectContaining({
        line: lineOf(text, '\t- setWeight'),
        message: expect.stringMatching(/tab/i),
      }),
    );
    expect(invalid.every((f) => f.level === 'error' && (f.line ?? 0) <= brokenLines)).toBe(true);
    expect(report.verdict).toBe('fail');
  });

  it('BOM and CRLF give the verdict and findings of the LF file', () => {
    const summary = (text: string) => {
      const report = judge([
        {
          status: 'modified',
          path: 'deploy/checkout/rollout.yaml',
          base: { kind: 'text', text: GUARDED },
          head: { kind: 'text', text },
        },
      ]);
      return { verdict: report.verdict, findings: report.findings.map((f) => [f.rule, f.line, f.message]) };
    };
    const lf = summary(UNSAFE);
    expect(lf.verdict).toBe('fail');
    expect(summary(UNSAFE.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(summary(`\uFEFF${UNSAFE}`)).toEqual(lf);
    expect(summary(`\uFEFF${UNSAFE.replace(/\n/g, '\r\n')}`)).toEqual(lf);
  });

  it('JSON with duplicate keys is invalid', () => {
    const json =
      '{\n  "apiVersion": "flagger.app/v1beta1",\n  "kind": "Canary",\n  "metadata": {"name": "web"},\n  "spec": {"skipAnalysis": false, "skipAnalysis": true}\n}\n';
    const report = judge([added('deploy/web/canary.json', json)]);
    expect(report.plans).toEqual([]);
    expect(invalidFindings(report)).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringMatching(/duplicate key|DUPLICATE_KEY/i) }),
    ]);
  });

  it('binary content and invalid UTF-8 in a manifest path are a clear finding', async () => {
    const base = repo.commit({ 'README.md': 'x\n' });
    mkdirSync(path.join(repo.dir, 'deploy/app'), { recursive: true });
    writeFileSync(
      path.join(repo.dir, 'deploy/app/binary.yaml'),
      Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x00, 0x01]),
    );
    writeFileSync(
      path.join(repo.dir, 'deploy/app/latin1.yaml'),
      Buffer.concat([
        Buffer.from('kind: Rollout\nmetadata:\n  name: caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    const head = repo.commit({});
    const { code, report } = await checkJson(base, head);
    expect(code).toBe(1);
    expect(report.findings).toEqual(
      ['deploy/app/binary.yaml', 'deploy/app/latin1.yaml'].map((file) =>
        expect.objectContaining({
          rule: 'manifest/invalid',
          level: 'error',
          file,
          line: 1,
          message: expect.stringMatching(/binary or not valid UTF-8/),
        }),
      ),
    );
  });
});
