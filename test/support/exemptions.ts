import type { Exemption } from '../../src/core/exemptions.js';

/** An entry of the exemptions file on the base: rollback/missing for nothing yet, until 31 January 2027. */
export function exemption(overrides: Partial<Exemption> = {}): Exemption {
  return {
    id: 'checkout-rollback',
    rules: ['rollback/missing'],
    paths: [],
    plans: [],
    reason: 'Rolled back by the platform team.',
    ticket: 'OPS-1',
    approver: 'carol',
    expires: '2027-01-31',
    file: '.github/rollout-guard-exemptions.yml',
    line: 3,
    ...overrides,
  };
}
