import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model.js';
import type { OutputFormat, RenderOptions } from '../../src/report/index.js';
import { OUTPUT_FORMATS, renderers } from '../../src/report/index.js';
import { FIXTURES, fixtureText } from '../helpers.js';

const EXTENSION: Record<OutputFormat, string> = { text: 'txt', json: 'json', markdown: 'md', sarif: 'sarif' };

const CASES: { name: string; options: RenderOptions }[] = [
  {
    name: 'passing',
    options: { blobUrlBase: 'https://github.com/acme/shop/blob/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807/' },
  },
  {
    name: 'failing',
    options: { blobUrlBase: 'https://github.com/acme/infra/blob/d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b0a/' },
  },
  { name: 'removed', options: {} },
  { name: 'empty', options: {} },
  {
    name: 'waived',
    options: { blobUrlBase: 'https://github.com/acme/infra/blob/a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e/' },
  },
  { name: 'break-glass-refused', options: {} },
];

/**
 * Compares rendered output with its golden file. With UPDATE_GOLDEN=1 it rewrites the file
 * instead: review the diff by eye before committing it.
 */
function expectGolden(actual: string, relativePath: string): void {
  const path = FIXTURES + relativePath;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden ${relativePath}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden outputs of fixed reports', () => {
  for (const { name, options } of CASES) {
    const report = JSON.parse(fixtureText(`reports/${name}.json`)) as Report;
    for (const format of OUTPUT_FORMATS) {
      it(`renders ${name} as ${format}`, () => {
        expectGolden(
          renderers[format](report, { ...options, toolVersion: '1.2.3' }),
          `reports/${name}.golden.${EXTENSION[format]}`,
        );
      });
    }
  }
});
