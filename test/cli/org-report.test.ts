/**
 * The organisation report: per-repository JSON reports (as `check --all --format json` writes
 * them) merged into one, tested on real reports of small repositories and on generated reports of
 * 500 repositories, whose merge is measured: it must stay linear and take seconds at most.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeOrgReports, renderOrgMarkdown, repositoryOf } from '../../src/cli/org-report.js';
import type { OrgInput } from '../../src/cli/org-report.js';
import { cli } from '../support/cli.js';
import { generatedOrgReport } from '../support/org-reports.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const dirs: string[] = [];
const repos: TempRepo[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const repo of repos.splice(0)) repo.remove();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-org-'));
  dirs.push(dir);
  return dir;
}

function writeReports(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    writeFileSync(
      path.join(dir, `acme__repo-${String(i).padStart(4, '0')}.json`),
      JSON.stringify(generatedOrgReport(i)),
    );
  }
}

describe('mergeOrgReports', () => {
  it('names each repository after its report file', () => {
    expect(repositoryOf('reports/acme__shop.json')).toBe('acme/shop');
    expect(repositoryOf('x/rollout-guard-report.json')).toBe('rollout-guard-report');
  });

  it('counts repositories, rollouts by format and environment, what fails most and the exemptions that expire', () => {
    const inputs: OrgInput[] = [
      {
        repository: 'acme/shop',
        file: 'acme__shop.json',
        report: {
          verdict: 'fail',
          policy: { source: 'p' },
          plans: [
            { format: 'argo-rollouts', environment: 'production', change: 'added' },
            { format: 'flagger', environment: 'staging', change: 'added' },
          ],
          findings: [
            { rule: 'canary/min-hold', level: 'error', message: 'm' },
            { rule: 'canary/min-hold', level: 'error', message: 'm' },
            { rule: 'evidence/missing', level: 'warning', message: 'm' },
            {
              rule: 'exemption/expired',
              level: 'warning',
              message: 'exemption checkout-fast expires soon, on 2026-12-10 (in 5 days)',
            },
            {
              rule: 'canary/analysis',
              level: 'notice',
              message: 'm',
              waived: { kind: 'exemption', source: 'search-no-analysis', until: '2026-11-30' },
            },
          ],
          summary: { errors: 2, warnings: 2 },
        },
      },
      {
        repository: 'acme/api',
        file: 'acme__api.json',
        report: {
          verdict: 'pass',
          policy: { source: 'builtin' },
          plans: [{ format: 'argo-rollouts', environment: 'production', change: 'added' }],
          findings: [{ rule: 'canary/min-hold', level: 'warning', message: 'm' }],
          summary: { errors: 0, warnings: 1 },
        },
      },
      {
        repository: 'acme/broken',
        file: 'acme__broken.json',
        report: 'cannot be read as JSON: Unexpected token',
      },
    ];
    const report = mergeOrgReports(inputs, '2026-12-05');
    expect(report.repositories).toEqual({ total: 2, failing: 1, passing: 1, unreadable: 1 });
    expect(report.rollouts.byFormat).toEqual({ 'argo-rollouts': 2, flagger: 1 });
    expect(report.rollouts.byFormatAndEnvironment[0]).toEqual({
      format: 'argo-rollouts',
      environment: 'production',
      plans: 2,
      repositories: 2,
    });
    expect(report.rules[0]).toEqual({
      rule: 'canary/min-hold',
      failingRepositories: 1,
      warningRepositories: 1,
      errors: 2,
      warnings: 1,
    });
    expect(report.exemptions).toEqual([
      {
        repository: 'acme/shop',
        id: 'search-no-analysis',
        until: '2026-11-30',
        daysLeft: -5,
        state: 'expired',
        rules: ['canary/analysis'],
      },
      {
        repository: 'acme/shop',
        id: 'checkout-fast',
        until: '2026-12-10',
        daysLeft: 5,
        state: 'expiring',
        rules: [],
      },
    ]);
    expect(
      report.repositoryList.map((r) => `${r.repository} ${r.verdict} ${r.failingRules.join(',')}`),
    ).toEqual(['acme/shop fail canary/min-hold', 'acme/api pass ']);
    const markdown = renderOrgMarkdown(report);
    expect(markdown).toMatch(/\*\*2 repositories\*\*: 1 failing \(50%\), 1 passing, 1 reports unreadable/);
    expect(markdown).toContain('| `canary/min-hold` | 1 | 1 | 2 | 1 |');
    expect(markdown).toContain('| argo-rollouts | 2 | 0 | 2 |');
    expect(markdown).toContain('| acme/shop | checkout-fast | 2026-12-10 (in 5 d) |  |');
    expect(markdown).toMatch(
      /## Reports that could not be read\n\n- acme\\_\\_broken\.json: cannot be read as JSON/,
    );
  });
});

describe('org-report on real reports of check --all', () => {
  it('merges the audits of two repositories', async () => {
    const out = tempDir();
    const audits = [
      ['acme__good', fixtureText('demo/safe-change/deploy/checkout/rollout.yaml')],
      ['acme__bad', fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml')],
    ] as const;
    for (const [name, manifest] of audits) {
      const repo = new TempRepo();
      repos.push(repo);
      repo.commit({ 'deploy/checkout/rollout.yaml': manifest });
      const run = await cli([
        'check',
        '--all',
        '--repo',
        repo.dir,
        '--format',
        'json',
        '--output',
        path.join(out, `${name}.json`),
      ]);
      expect(run.stderr).toBe('');
    }
    const run = await cli([
      'org-report',
      out,
      '--json',
      path.join(out, 'org.json.out'),
      '--today',
      '2026-12-05',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\*\*2 repositories\*\*: 1 failing \(50%\), 1 passing\. \*\*2 rollouts\*\* judged\./,
    );
    expect(run.stdout).toMatch(/\| acme\/bad \| \d+ \| \d+ \| 1 \| `canary\//);
    const json = JSON.parse(readFileSync(path.join(out, 'org.json.out'), 'utf8'));
    expect(json.rollouts.byFormat).toEqual({ 'argo-rollouts': 2 });
  });

  it('says the organisation report is incomplete when a report cannot be read (exit 2), and still writes it', async () => {
    const dir = tempDir();
    writeReports(dir, 3);
    writeFileSync(path.join(dir, 'acme__cut.json'), '{"version": 1, "plans": [');
    const run = await cli(['org-report', dir, '--format', 'json', '--output', path.join(dir, 'org.out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/1 report could not be read/);
    expect(JSON.parse(readFileSync(path.join(dir, 'org.out'), 'utf8')).repositories.total).toBe(3);
  });
});

describe('org-report at scale', () => {
  // How long it takes, and how that grows from 500 to 1,000 reports: npm run bench.
  it('merges generated reports of 1,000 repositories, every one of them counted', async () => {
    const dir = tempDir();
    writeReports(dir, 1000);
    mkdirSync(path.join(dir, 'out'));
    const run = await cli([
      'org-report',
      dir,
      '--output',
      path.join(dir, 'out', 'org.md'),
      '--json',
      path.join(dir, 'out', 'org.json'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1000 repositories/);
    const json = JSON.parse(readFileSync(path.join(dir, 'out', 'org.json'), 'utf8'));
    expect(json.repositories.total).toBe(1000);
    expect(json.rollouts.total).toBe(40_000);
  }, 60_000);
});
