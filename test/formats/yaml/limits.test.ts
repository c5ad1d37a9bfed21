import { describe, expect, it } from 'vitest';
import { readManifestFile } from '../../../src/formats/registry.js';

/**
 * The reader is linear on hostile shapes. Speed is measured by `npm run bench` (milliseconds per
 * megabyte of each shape); this test only guards against a path that grows with the square of the
 * input, which on these inputs takes minutes (the yaml package's unique-key check took 30 s on
 * 70,000 keys): its bound is far above any normal run, so a busy machine cannot make it fail.
 */
const LIMITS = { maxBytes: 4 * 1024 * 1024, maxDepth: 64, maxAliases: 100 };
const rollout = (i: number) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: r${i}\nspec:\n  strategy:\n    canary:\n      steps:\n      - setWeight: 5\n      - pause: {}\n`;

const SHAPES: [string, () => string][] = [
  ['3,000 rollouts in one file', () => Array.from({ length: 3000 }, (_, i) => rollout(i)).join('---\n')],
  [
    'template actions on one line past a syntax error',
    () => `kind: Rollout\nspec: [\n${'{{ .x }} '.repeat(60_000)}`,
  ],
  ['a flow sequence on one line', () => `a: [${'abc, '.repeat(120_000)}x]\n`],
  ['many `---` lines', () => '---\n'.repeat(150_000)],
  ['line separators in comments', () => 'a: 1 # x\u2028'.repeat(50_000)],
  [
    'a 30,000-key mapping with quoted keys',
    () => Array.from({ length: 30_000 }, (_, i) => `"k${i}": 'v'`).join('\n'),
  ],
  [
    'merge keys that expand a big map again and again',
    () => {
      let text = 'big: &big {';
      for (let i = 0; i < 20_000; i++) text += `k${i}: v, `;
      text += 'z: 1}\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nt:\n';
      for (let i = 0; i < 90; i++) text += `  <<: *big\n  x${i}: 1\n`;
      return text;
    },
  ],
];

describe('reading time', () => {
  it.each(SHAPES)('stays linear: %s', (_name, make) => {
    const text = make();
    const started = performance.now();
    readManifestFile(text, 'x.yaml', LIMITS);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(15);
  });

  it('refuses aliases that would grow a document past four times its size', () => {
    const text = `a: &a [${'x, '.repeat(20_000)}x]\nb: [${'*a, '.repeat(50)}*a]\n`;
    const reading = readManifestFile(text, 'x.yaml', LIMITS);
    expect(reading.fileDiagnostics?.[0]?.message).toMatch(/too many alias expansions/);
  });
});
