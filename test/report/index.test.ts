import { describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS, isOutputFormat, renderers } from '../../src/report/index.js';
import { finding, judged, report } from './build.js';

describe('renderers', () => {
  it('has exactly one renderer per output format', () => {
    expect(Object.keys(renderers).sort()).toEqual([...OUTPUT_FORMATS].sort());
    expect(isOutputFormat('sarif')).toBe(true);
    expect(isOutputFormat('html')).toBe(false);
  });

  it('renders without changing the report', () => {
    const input = report([judged()], [finding({ level: 'warning' }), finding()]);
    const copy = structuredClone(input);
    for (const format of OUTPUT_FORMATS) renderers[format](input, { blobUrlBase: 'https://x/' });
    expect(input).toEqual(copy);
  });
});
