import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const POLICY =
  'version: 1\napprovers:\n  users: [carol]\ndefaults:\n  rollback: none\n  evidence:\n    required: false\n';

function exemptionsFile(entries: string[]): string {
  return `version: 1\nexemptions:\n${entries.join('')}`;
}

function entry(id: string, rules: string, expires: string, paths = '"deploy/checkout/**"'): string {
  return `  - id: ${id}\n    rules: [${rules}]\n    paths: [${paths}]\n    reason: the reason for ${id} is written here\n    ticket: OPS-1\n    approver: carol\n    expires: "${expires}"\n`;
}

const ALL_CANARY =
  'canary/min-stages, canary/initial-weight, canary/min-hold, canary/analysis, canary/regression';

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.remove());

async function check(base: string, head: string) {
  const result = await cli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
  expect(result.stderr).toBe('');
  return {
    code: result.code,
    report: JSON.parse(result.stdout) as {
      verdict: string;
      findings: { rule: string; level: string; waived?: { source: string; by: string } }[];
    },
  };
}

describe('exemptions through the CLI', () => {
  it('an exemption on the base branch waives the findings it covers, and the check passes', async () => {
    const base = repo.commit({
      '.github/rollout-guard.yml': POLICY,
      '.github/rollout-guard-exemptions.yml': exemptionsFile([entry('hotfix', ALL_CANARY, '2027-06-30')]),
      'deploy/checkout/rollout.yaml': GUARDED,
    });
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE });
    const { code, report } = await check(base, head);
    expect(code).toBe(0);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(
      report.findings.every(
        (f) => f.level === 'notice' && f.waived?.source === 'hotfix' && f.waived.by === 'carol',
      ),
    ).toBe(true);
  });

  it('an exemption the pull request adds itself does not apply (no approvals are visible locally)', async () => {
    const base = repo.commit({
      '.github/rollout-guard.yml': POLICY,
      'deploy/checkout/rollout.yaml': GUARDED,
    });
    const head = repo.commit({
      '.github/rollout-guard-exemptions.yml': exemptionsFile([
        entry('self-granted', ALL_CANARY, '2027-06-30'),
      ]),
      'deploy/checkout/rollout.yaml': UNSAFE,
    });
    const { code, report } = await check(base, head);
    expect(code).toBe(1);
    expect(report.findings.some((f) => f.waived)).toBe(false);
  });

  it('an inline exemption annotation added by the pull request is not honoured', async () => {
    const base = repo.commit({
      '.github/rollout-guard.yml': POLICY,
      'deploy/checkout/rollout.yaml': GUARDED,
    });
    const annotated = UNSAFE.replace(
      '  namespace: shop\n',
      `  namespace: shop\n  annotations:\n    rollout-guard.dev/exempt: ${ALL_CANARY.replace(/ /g, '')}\n    rollout-guard.dev/exempt-reason: trust me, it is fine\n    rollout-guard.dev/exempt-expires: "2027-01-01"\n`,
    );
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': annotated });
    const { code, report } = await check(base, head);
    expect(code).toBe(1);
    expect(report.findings.some((f) => f.waived)).toBe(false);
  });

  it('exemptions list shows each exemption with its state', async () => {
    repo.commit({
      '.github/rollout-guard.yml': POLICY,
      '.github/rollout-guard-exemptions.yml': exemptionsFile([
        entry('covers-a-finding', 'canary/min-hold', '2027-06-30'),
        entry('waives-nothing', 'canary/bypass', '2027-06-30'),
        entry('ran-out', 'canary/min-stages', '2026-11-01'),
        entry('nearly-out', 'canary/initial-weight', '2026-12-05'),
      ]),
      'deploy/checkout/rollout.yaml': UNSAFE,
    });
    const result = await cli([
      'exemptions',
      'list',
      '--repo',
      repo.dir,
      '--format',
      'json',
      '--today',
      '2026-11-29',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; state: string; line: number }[];
    expect(rows.map((r) => [r.id, r.state])).toEqual([
      ['covers-a-finding', 'active'],
      ['waives-nothing', 'unused'],
      ['ran-out', 'expired'],
      ['nearly-out', 'expiring'],
    ]);
    const text = await cli(['exemptions', 'list', '--repo', repo.dir, '--today', '2026-11-29']);
    expect(text.stdout).toMatch(/^expired +ran-out +canary\/min-stages/m);
  });

  it('exits 2 with positions when the base exemptions file is invalid', async () => {
    const base = repo.commit({
      '.github/rollout-guard-exemptions.yml':
        'version: 1\nexemptions:\n  - id: x\n    rules: [canary/min-hold]\n',
      'deploy/checkout/rollout.yaml': GUARDED,
    });
    const head = repo.commit({ 'deploy/checkout/rollout.yaml': UNSAFE });
    const result = await cli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.github\/rollout-guard-exemptions\.yml:3:\d+: .*needs/);
  });
});
