import { describe, expect, it } from 'vitest';
import type { Gate, Waiver } from '../../src/core/model.js';
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
      'evidence',
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

  it('writes the places of a problem found at several, with nulls like the finding, and nothing for one place', () => {
    const merged = JSON.parse(
      renderJson(
        report(
          [judged()],
          [
            finding({
              message: 'the rollout holds only 20s at 20% and 30% before raising traffic (2 stages)',
              places: [
                { file: 'deploy/prod/web.yaml', line: 12, planId: 'p', message: 'holds only 20s at 20%' },
                { file: 'deploy/prod/web.yaml', line: 14, planId: 'p', message: 'holds only 20s at 30%' },
                { message: 'a place without a file' },
              ],
            }),
          ],
        ),
      ),
    ) as { findings: Record<string, unknown>[] };
    expect(Object.keys(merged.findings[0] ?? {}).at(-1)).toBe('places');
    expect(merged.findings[0]?.places).toEqual([
      { file: 'deploy/prod/web.yaml', line: 12, planId: 'p', message: 'holds only 20s at 20%' },
      { file: 'deploy/prod/web.yaml', line: 14, planId: 'p', message: 'holds only 20s at 30%' },
      { file: null, line: null, planId: null, message: 'a place without a file' },
    ]);
    expect(json.findings[0]).not.toHaveProperty('places');
  });
});

describe('renderJson with waivers', () => {
  const exemption: Waiver = {
    kind: 'exemption',
    by: 'dkim',
    reason: 'Covered by the load-test gate.',
    until: '2026-07-20',
    ticket: 'OPS-2231',
    source: 'payments-api-short-bake',
    originalLevel: 'error',
  };
  const breakGlass: Waiver = {
    kind: 'break-glass',
    by: 'maria-sre',
    reason: 'emergency label "rollout-guard/emergency", approved on 2026-07-14T09:32:10Z',
    source: 'rollout-guard/emergency',
    originalLevel: 'error',
  };
  const waivedReport = report(
    [judged()],
    [
      finding({ level: 'notice', waived: exemption }),
      finding({ level: 'warning', waived: breakGlass }),
      finding({ level: 'warning', rule: 'exemption/unused' }),
    ],
    {
      waivers: {
        breakGlass: {
          waived: 1,
          at: '2026-07-14T09:32:10Z',
          by: 'maria-sre',
          approved: true,
          label: 'rollout-guard/emergency',
        },
        notes: ['Exemption x does not apply yet.'],
      },
    },
  );
  const json = JSON.parse(renderJson(waivedReport)) as Record<string, unknown> & {
    findings: Record<string, unknown>[];
    waivers: { breakGlass: Record<string, unknown>; notes: string[] };
  };

  it('writes the waiver of a waived finding, its keys in the documented order', () => {
    expect(json.findings[0]?.waived).toEqual(exemption);
    expect(Object.keys(json.findings[0]?.waived ?? {})).toEqual([
      'kind',
      'by',
      'reason',
      'until',
      'ticket',
      'source',
      'originalLevel',
    ]);
    expect(Object.keys(json.findings[1]?.waived ?? {})).toEqual([
      'kind',
      'by',
      'reason',
      'source',
      'originalLevel',
    ]);
    expect(json.findings[0]?.level).toBe('notice');
    expect(json.findings[2]).not.toHaveProperty('waived');
  });

  it('writes the break-glass state and notes after the summary, in a stable order', () => {
    expect(Object.keys(json).slice(-2)).toEqual(['summary', 'waivers']);
    expect(Object.keys(json.waivers)).toEqual(['breakGlass', 'notes']);
    expect(Object.keys(json.waivers.breakGlass)).toEqual(['label', 'approved', 'by', 'at', 'waived']);
    expect(json.waivers.notes).toEqual(['Exemption x does not apply yet.']);
  });

  it('writes a refused break-glass with its reason and no approver', () => {
    const refused = JSON.parse(
      renderJson(
        report([], [], {
          waivers: {
            breakGlass: { label: 'l', approved: false, reason: 'no approval', waived: 0 },
            notes: [],
          },
        }),
      ),
    ) as { waivers: unknown };
    expect(refused.waivers).toEqual({
      breakGlass: { label: 'l', approved: false, reason: 'no approval', waived: 0 },
      notes: [],
    });
  });
});
