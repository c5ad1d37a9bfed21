import { describe, expect, it } from 'vitest';
import type { Gate } from '../../src/core/model.js';
import { formatBake, formatHold, formatStages, totalBake } from '../../src/report/stages.js';
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
