import { describe, expect, it } from 'vitest';
import { readManifestFile } from '../../../src/formats/registry.js';
import { HOSTILE_LIMITS, HOSTILE_SHAPES } from './hostile-shapes.js';

/**
 * The reader is linear on hostile shapes. Speed is measured by `npm run bench` (milliseconds per
 * megabyte of each shape); this test only guards against a path that grows with the square of the
 * input, which on these inputs takes minutes (the yaml package's unique-key check took 30 s on
 * 70,000 keys): its bound is far above any normal run, so a busy machine cannot make it fail.
 */
const LIMITS = HOSTILE_LIMITS;
const SHAPES = HOSTILE_SHAPES.map((shape): [string, () => string] => [shape.name, shape.make]);

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
