import { describe, expect, it } from 'vitest';
import { BASE_COLOUR, HEAD_COLOUR, MANUAL_HOLD_MINUTES, exposureChart } from '../../src/report/chart.js';
import { stage } from './build.js';

interface ParsedChart {
  labels: string[];
  lines: number[][];
  palette: string;
}

function parse(chart: string | undefined): ParsedChart {
  if (chart === undefined) throw new Error('no chart');
  const labels =
    /x-axis "[^"]*" \[(.*)\]/
      .exec(chart)?.[1]
      ?.split(', ')
      .map((label) => label.replace(/"/g, '')) ?? [];
  const lines = [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((match) =>
    (match[1] ?? '').split(', ').map(Number),
  );
  const palette = /"plotColorPalette": "([^"]*)"/.exec(chart)?.[1] ?? '';
  return { labels, lines, palette };
}

describe('exposureChart', () => {
  it('draws base and head as weight over elapsed minutes on one grid', () => {
    const chart = parse(
      exposureChart({
        base: { stages: [stage(10, 600), stage(100)] },
        head: { stages: [stage(5, 300), stage(50, 300), stage(100)] },
      }),
    );
    expect(chart.palette).toBe(`${BASE_COLOUR}, ${HEAD_COLOUR}`);
    expect(chart.labels.slice(0, 3)).toEqual(['0', '1m', '2m']);
    expect(chart.lines).toHaveLength(2);
    const [base, head] = chart.lines;
    expect(base?.slice(0, 12)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 100, 100]);
    expect(head?.slice(0, 12)).toEqual([5, 5, 5, 5, 5, 50, 50, 50, 50, 50, 100, 100]);
    expect(base).toHaveLength(chart.labels.length);
  });

  it('draws a manual hold with a fixed width and labels where it starts', () => {
    const chart = parse(
      exposureChart({ head: { stages: [stage(20, 600), stage(50, 'manual'), stage(100)] } }),
    );
    expect(chart.palette).toBe(HEAD_COLOUR);
    const manual = chart.labels.findIndex((label) => label.endsWith('manual'));
    expect(chart.labels[manual]).toBe('10m manual');
    const head = chart.lines[0] ?? [];
    const minutesAt50 = head.filter((weight) => weight === 50).length * 2; // the grid steps by 2 minutes
    expect(minutesAt50).toBe(MANUAL_HOLD_MINUTES);
  });

  it('keeps the y axis at 0-100 and clamps nonsense weights', () => {
    const chart = exposureChart({ head: { stages: [stage(150, 60), stage(Number.NaN, 60), stage(100)] } });
    expect(chart).toContain('y-axis "traffic percent" 0 --> 100');
    expect(parse(chart).lines[0]?.slice(0, 3)).toEqual([100, 0, 100]);
  });

  it('draws nothing when no stage holds or there are no stages', () => {
    expect(exposureChart({ base: { stages: [stage(100)] }, head: { stages: [stage(100)] } })).toBeUndefined();
    expect(exposureChart({ head: { stages: [] } })).toBeUndefined();
  });

  it('keeps to about thirty points however long the rollout bakes', () => {
    const chart = parse(exposureChart({ head: { stages: [stage(1, 7 * 86400), stage(100)] } }));
    expect(chart.labels.length).toBeLessThanOrEqual(32);
    expect(new Set(chart.labels).size).toBe(chart.labels.length);
  });
});
