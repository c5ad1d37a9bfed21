import { describe, expect, it } from 'vitest';
import type { Gate } from '../../src/core/model.js';
import { renderJson } from '../../src/report/json.js';
import { finding, judged, plan, report, stage } from './build.js';

const gate = (kind: Gate['kind'], effective = true): Gate => ({ kind, line: 5, effective });

const input = report(
  [
    judged({
      plan: plan({
        stages: [
          stage(5, 600, {
            gates: [gate('analysis'), gate('webhook', false), gate('analysis')],
            name: 'canary',
          }),
          stage(0, 'manual', { segment: 'header X-Test=1' }),
          stage(100),
        ],
        bypasses: [{ field: 'spec.skipAnalysis', reason: 'promotes without checks', line: 9 }],
      }),
    }),
  ],
  [
    finding(),
    finding({
      file: undefined,
      line: undefined,
      planId: undefined,
      enforceFrom: '2026-10-01',
      level: 'warning',
    }),
  ],
);

describe('renderJson', () => {
  const text = renderJson(input);
  const json = JSON.parse(text) as Record<string, unknown> & {
    plans: Record<string, unknown>[];
    findings: Record<string, unknown>[];
  };

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(text.startsWith('{\n  "version": 1,\n  "verdict": "fail",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes the keys of the documented contract in a stable order', () => {
    expect(Object.keys(json)).toEqual([
      'version',
      'verdict',
      'base',
      'head',
      'policy',
      'plans',
      'findings',
      'summary',
    ]);
    expect(Object.keys(json.plans[0] ?? {})).toEqual([
      'id',
      'file',
      'line',
      'format',
      'environment',
      'strategy',
      'stages',
      'rollback',
      'bypasses',
      'change',
    ]);
    expect(Object.keys(json.findings[0] ?? {})).toEqual([
      'rule',
      'level',
      'message',
      'file',
      'line',
      'planId',
      'remediation',
    ]);
    expect(json.summary).toEqual({ errors: 1, warnings: 1, notices: 0, plans: 1 });
  });

  it('lists each stage with its effective gate kinds once, and name or segment when set', () => {
    expect(json.plans[0]?.stages).toEqual([
      { weight: 5, hold: 600, gates: ['analysis'], name: 'canary' },
      { weight: 0, hold: 'manual', gates: [], segment: 'header X-Test=1' },
      { weight: 100, hold: 0, gates: [] },
    ]);
    expect(json.plans[0]?.rollback).toEqual({
      automatic: true,
      how: ['a failed analysis aborts the rollout'],
    });
    expect(json.plans[0]?.bypasses).toEqual([
      { field: 'spec.skipAnalysis', reason: 'promotes without checks', line: 9 },
    ]);
  });

  it('writes null for a finding without a place and enforceFrom only when set', () => {
    expect(json.findings[1]).toMatchObject({
      file: null,
      line: null,
      planId: null,
      enforceFrom: '2026-10-01',
    });
    expect(json.findings[0]).not.toHaveProperty('enforceFrom');
  });
});
