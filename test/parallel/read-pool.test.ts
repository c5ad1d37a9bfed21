import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/model.js';
import { BUILTIN_POLICY } from '../../src/core/policy.js';
import { readManifestFile } from '../../src/formats/registry.js';
import { readInParallel, runPool } from '../../src/parallel/read-pool.js';
import { checkChange, parseLimits, readRequests } from '../../src/pipeline/index.js';
import type { ReadRequest } from '../../src/pipeline/index.js';
import { FIXTURES } from '../helpers.js';

const limits = parseLimits(BUILTIN_POLICY);
let outdir: string;
let workerUrl: URL;

// The worker runs as a bundle, as it does from dist/: build one from the current sources.
beforeAll(async () => {
  outdir = mkdtempSync(path.join(os.tmpdir(), 'rollout-guard-worker-'));
  await build({
    entryPoints: [path.resolve('src/parallel/read-worker.ts')],
    outfile: path.join(outdir, 'read-worker.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    // As scripts/build.mjs does: CommonJS dependencies call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  workerUrl = pathToFileURL(path.join(outdir, 'read-worker.js'));
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const manifests: ReadRequest[] = filesUnder(path.join(FIXTURES, 'manifests')).map((file, index) => {
  const relative = path.relative(FIXTURES, file);
  return { key: `head\0${relative}#${index}`, path: relative, text: readFileSync(file, 'utf8') };
});
const troublesome: ReadRequest[] = [
  { key: 'bad-yaml', path: 'bad.yaml', text: 'kind: Rollout\nmetadata: {name: [\n' },
  {
    key: 'template',
    path: 'chart/templates/r.yaml',
    text: 'kind: Rollout\nmetadata:\n  name: {{ .Values.name }}\n',
  },
  { key: 'ambiguous', path: 'a.yaml', text: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  enabled: yes\n' },
  { key: 'too-large', path: 'big.yaml', text: `# ${'x'.repeat(limits.maxBytes)}\n` },
];

describe('runPool', () => {
  it('gives every file the same reading as parsing it in the calling thread', async () => {
    const requests = [...manifests, ...troublesome];
    expect(manifests.length).toBeGreaterThan(30);

    const readings = await runPool(requests, { workerUrl, limits, threads: 2, batchChars: 4096 });

    expect(readings.size).toBe(requests.length);
    for (const request of requests) {
      expect(readings.get(request.key), request.path).toEqual(
        readManifestFile(request.text, request.path, limits),
      );
    }
  });

  it('makes the same report for a change as the pipeline does on its own', async () => {
    const files: ChangedFile[] = [...manifests, ...troublesome].map((request) => ({
      status: 'added',
      path: request.path,
      head: { kind: 'text', text: request.text },
    }));
    const options = {
      changeSet: {
        base: 'b'.repeat(40),
        head: 'h'.repeat(40),
        files,
        context: [],
        pullRequest: { body: '', labels: [] },
      },
      policy: BUILTIN_POLICY,
      policyPath: '.github/rollout-guard.yml',
      now: new Date('2026-11-30T12:00:00Z'),
    };
    const readings = await runPool(readRequests(options.changeSet, BUILTIN_POLICY), {
      workerUrl,
      limits,
      threads: 2,
      batchChars: 8192,
    });

    const report = checkChange({ ...options, readings });
    expect(report.findings.length).toBeGreaterThan(10);
    expect(report).toEqual(checkChange(options));
  });

  it('fails, saying so, when a parser thread cannot start', async () => {
    const missing = pathToFileURL(path.join(outdir, 'no-such-worker.js'));
    await expect(runPool(manifests, { workerUrl: missing, limits, threads: 2 })).rejects.toThrow(
      /cannot start a parser thread: .*no-such-worker\.js is missing/,
    );
  });
});

describe('readInParallel', () => {
  it('leaves a small change to the calling thread', async () => {
    expect(await readInParallel(manifests, { workerUrl, limits, threads: 2 })).toBeUndefined();
  });

  it('uses threads for a large change, and none on a single CPU', async () => {
    const large = Array.from({ length: 40 }, (_, i) => ({
      key: `k${i}`,
      path: `deploy/${i}.yaml`,
      text: `${manifests[i % manifests.length]?.text ?? ''}\n# ${'padding '.repeat(14_000)}\n`,
    }));
    expect(await readInParallel(large, { workerUrl, limits, threads: 1 })).toBeUndefined();
    const readings = await readInParallel(large, { workerUrl, limits, threads: 2 });
    expect(readings?.size).toBe(40);
  });
});
