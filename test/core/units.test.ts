import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, parseDurationSeconds } from '../../src/core/units.js';

describe('parseDuration', () => {
  it.each([
    [30, 30],
    ['30', 30],
    [' 45 ', 45],
    ['1.5', 1.5],
    ['10s', 10],
    ['10m', 600],
    ['1h30m', 5400],
    ['2d', 172800],
    ['500ms', 0.5],
    ['1h0m30s', 3630],
    ['PT0H5M', 300],
    ['PT30S', 30],
    ['P1DT2H', 93600],
    ['pt1m', 60],
    [0, 0],
    ['0', 0],
    ['1.25', 1.25],
    ['1.25m', 75],
    ['P1D', 86400],
    ['P12D', 1036800],
    ['PT12H', 43200],
    ['PT1.25H', 4500],
    ['PT1.25M', 75],
    ['PT1.25S', 1.25],
  ])('reads %j as %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each([
    [-1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['soon'],
    ['10 minutes'],
    ['10x'],
    ['m10'],
    ['P'],
    ['PT'],
    ['10m junk'],
    ['xPT5M'],
    ['PT5Mx'],
    ['PT1.xH'],
    ['PT1.xM'],
    ['PT1.xS'],
    ['1.xm'],
    ['1.'],
    [''],
    [null],
    [{}],
    [true],
  ])('rejects %j', (value) => {
    expect(parseDuration(value)).toBeUndefined();
  });

  it('reads policy durations as whole seconds only', () => {
    expect(parseDurationSeconds(300)).toBe(300);
    expect(parseDurationSeconds('5m')).toBe(300);
    expect(parseDurationSeconds(1.5)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [60, '1m'],
    [600, '10m'],
    [3600, '1h'],
    [5400, '1h30m'],
    [3661, '1h1m1s'],
    [90061, '25h1m1s'],
  ])('writes %d seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
