import { describe, expect, it } from 'vitest';
import type { Gate } from '../../src/core/model.js';
import {
  STAGES_MAX_WIDTH,
  formatBake,
  formatHold,
  formatStages,
  formatStagesCompact,
  totalBake,
} from '../../src/report/stages.js';
import { stage } from './build.js';

const analysis: Gate = { kind: 'analysis', name: 'success-rate', line: 20, effective: true };
const dryRun: Gate = { kind: 'analysis', name: 'latency', line: 22, effective: false };
const approval: Gate = { kind: 'approval', line: 24, effective: true };

describe('formatStages', () => {
  it('lists weight, then hold, then the effective gates of each stage', () => {
    const stages = [stage(5, 600), stage(25, 0, { gates: [analysis] }), stage(50, 'manual'), stage(100)];
    expect(formatStages({ stages })).toBe('5% ▸ 10m ▸ 25% ▸ analysis ▸ 50% ▸ manual ▸ 100%');
  });

  it('shows the routed segment instead of the weight for segment stages', () => {
    const stages = [stage(0, 3600, { segment: 'header X-Test' }), stage(100)];
    expect(formatStages({ stages })).toBe('header X-Test ▸ 1h ▸ 100%');
  });

  it('leaves out gates that cannot stop the rollout and names each gate kind once', () => {
    const stages = [stage(10, 90, { gates: [dryRun, analysis, analysis, approval] }), stage(100)];
    expect(formatStages({ stages })).toBe('10% ▸ 1m30s ▸ analysis ▸ approval ▸ 100%');
  });

  it('rounds fractional weights and keeps sub-second holds visible', () => {
    expect(formatStages({ stages: [stage(33.3333, 0.2), stage(100)] })).toBe('33.33% ▸ 0.2s ▸ 100%');
    expect(formatHold(0)).toBeUndefined();
  });

  it('says so when a plan has no stages', () => {
    expect(formatStages({ stages: [] })).toBe('no stages');
  });
});

describe('totalBake', () => {
  it('sums the holds before full exposure and counts manual holds apart', () => {
    const stages = [stage(5, 600), stage(25, 'manual'), stage(50, 1200), stage(100, 3600)];
    expect(totalBake({ stages })).toEqual({ seconds: 1800, manual: 1 });
    expect(formatBake(totalBake({ stages }))).toBe('30m + manual');
  });

  it('counts the hold of a segment stage even at weight 100', () => {
    const stages = [stage(100, 600, { segment: 'cookie canary=1' }), stage(100)];
    expect(totalBake({ stages })).toEqual({ seconds: 600, manual: 0 });
  });

  it('reads "none" for a plan that never holds', () => {
    expect(formatBake(totalBake({ stages: [stage(100)] }))).toBe('none');
    expect(formatBake({ seconds: 0, manual: 2 })).toBe('2 manual');
  });
});

describe('formatStages with named stages', () => {
  it('shows a stage that exposes no traffic by its name (a Cloud Deploy target before prod)', () => {
    const stages = [
      { weight: 0, hold: 0, gates: [], line: 1, name: 'staging' },
      { weight: 10, hold: 600, gates: [], line: 2, name: 'canary-10' },
      { weight: 100, hold: 0, gates: [], line: 3 },
    ];
    expect(formatStages({ stages })).toBe('staging ▸ 10% ▸ 10m ▸ 100%');
  });
});

describe('formatStagesCompact', () => {
  /** The rollouts-demo istio-subset canary: a manual 10%, then 20% to 90% in 10% steps of 20s. */
  const tenSteps = [
    stage(10, 'manual'),
    ...[20, 30, 40, 50, 60, 70, 80, 90].map((weight) => stage(weight, 20)),
    stage(100),
  ];

  it('keeps the full form when it fits', () => {
    const stages = [stage(5, 600), stage(25, 0, { gates: [analysis] }), stage(50, 'manual'), stage(100)];
    expect(formatStagesCompact({ stages })).toBe(formatStages({ stages }));
  });

  it('summarises a run of like steps, where formatStages (explain) keeps every stage', () => {
    expect(formatStages({ stages: tenSteps })).toBe(
      '10% ▸ manual ▸ 20% ▸ 20s ▸ 30% ▸ 20s ▸ 40% ▸ 20s ▸ 50% ▸ 20s ▸ 60% ▸ 20s ▸ 70% ▸ 20s ▸ 80% ▸ 20s ▸ 90% ▸ 20s ▸ 100%',
    );
    expect(formatStagesCompact({ stages: tenSteps })).toBe(
      '10% ▸ manual ▸ 20% → 90% in 10% steps, 20s each ▸ 100%',
    );
    const flagger = [10, 20, 30, 40, 50].map((weight) => stage(weight, 60, { gates: [analysis] }));
    expect(formatStagesCompact({ stages: [...flagger, stage(100)] })).toBe(
      '10% → 50% in 10% steps, 1m + analysis each ▸ 100%',
    );
  });

  it('leaves out the middle with a count when nothing repeats', () => {
    const ragged = [5, 12, 19, 33, 41, 58, 66, 80, 91].map((weight, i) => stage(weight, 60 * (i + 1)));
    const text = formatStagesCompact({ stages: [...ragged, stage(100)] });
    expect([...text].length).toBeLessThanOrEqual(STAGES_MAX_WIDTH);
    expect(text).toMatch(/^5% ▸ 1m ▸ 12% ▸ 2m ▸ .* ▸ … \d+ more … ▸ .*91% ▸ 9m ▸ 100%$/);
    const hidden = Number(/… (\d+) more …/.exec(text)?.[1]);
    const shown = text.split(' ▸ ').filter((part) => /^\d+%$/.test(part)).length;
    expect(hidden + shown).toBe(10);
  });

  it('cuts a single stage that is too long by itself', () => {
    const text = formatStagesCompact({
      stages: [stage(0, 60, { segment: `header X=${'v'.repeat(80)}` }), stage(100)],
    });
    expect([...text].length).toBe(STAGES_MAX_WIDTH);
    expect(text.endsWith('…')).toBe(true);
  });
});
