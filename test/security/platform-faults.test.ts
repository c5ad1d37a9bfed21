/**
 * Security review: platform faults: the bundled action (dist/index.js) run end to end against the local
 * fake GitHub, with the API failing in the ways GitHub fails. Whatever cannot be verified fails the
 * check; nothing here may ever end with a `pass` verdict.
 */
import { symlinkSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import type { ActionRun } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const MANIFEST = 'deploy/checkout/rollout.yaml';

function scenario(
  overrides: Partial<FakeScenario> & { head?: FakeScenario['files']['head'] } = {},
): FakeScenario {
  const { head, ...rest } = overrides;
  return fakeScenario({
    ...rest,
    pull: { ...fakeScenario().pull, body: GOOD_BODY, ...rest.pull },
    files: { base: { [MANIFEST]: GUARDED }, head: head ?? { [MANIFEST]: SAFE } },
  });
}

/** Fails closed: exit 1, an error saying why, and no verdict at all (not even `fail`). */
function expectFailedClosed(run: ActionRun, reason: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(reason);
  expect(run.outputs.verdict).toBeUndefined();
  expect(run.report).toBeUndefined();
  expect(run.stdout).not.toMatch(/PASS/);
}

const requestsTo = (run: ActionRun, route: string) => run.requests.filter((r) => r.route === route).length;

describe('server errors, time-outs and rate limits', () => {
  it('control: the same pull request passes when the API answers', async () => {
    const run = await runAction(scenario());
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  it('a 502 that persists is retried a bounded number of times, then the check fails with "could not verify"', async () => {
    const run = await runAction(scenario({ faults: { pull: { status: 502 } } }));
    expectFailedClosed(run, /^::error::rollout-guard: could not verify: .*502/m);
    expect(requestsTo(run, 'pull')).toBe(4); // the request and three retries
  });

  it('a primary rate limit (403, remaining 0) that persists fails closed after bounded retries', async () => {
    const run = await runAction(scenario({ faults: { graphql: { status: 403 } } }));
    expectFailedClosed(run, /^::error::rollout-guard: could not verify/m);
    expect(requestsTo(run, 'graphql')).toBe(3);
  });

  it('a secondary rate limit (403) that persists fails closed after bounded retries', async () => {
    const run = await runAction(scenario({ faults: { 'check-runs': { status: 403, secondary: true } } }));
    expectFailedClosed(run, /^::error::rollout-guard: could not verify/m);
    expect(requestsTo(run, 'check-runs')).toBe(3);
  });

  it('a rate limit that resets in an hour is not waited for', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const started = Date.now();
    const run = await runAction(
      scenario({
        faults: {
          status: { status: 403, headers: { 'x-ratelimit-reset': reset, 'x-ratelimit-remaining': '0' } },
        },
      }),
    );
    expectFailedClosed(run, /^::error::rollout-guard: could not verify/m);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a rate limit that lifts after one retry lets the run finish with its real verdict', async () => {
    const run = await runAction(scenario({ faults: { 'pull-files': { status: 429, times: 1 } } }));
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(requestsTo(run, 'pull-files')).toBe(2);
  });
});

describe('more files than the API lists', () => {
  it('3000 changed files without a checkout fail closed, naming the limit and the remedy', async () => {
    const head: Record<string, string> = { [MANIFEST]: SAFE };
    for (let i = 0; i < 2999; i++) head[`docs/page-${i}.md`] = `page ${i}\n`;
    const run = await runAction(scenario({ head }));
    expectFailedClosed(run, /lists at most 3000.*actions\/checkout/);
    expect(requestsTo(run, 'graphql')).toBe(0); // nothing was judged on a partial listing
  });

  it('with a checkout the same change is read with git and judged', async () => {
    const repo = new TempRepo();
    onTestFinished(() => repo.remove());
    const base = repo.commit({ [MANIFEST]: GUARDED });
    const files: Record<string, string> = { [MANIFEST]: UNSAFE };
    for (let i = 0; i < 3001; i++) files[`docs/page-${i}.md`] = `page ${i}\n`;
    const head = repo.commit(files);
    const world = scenario({
      pull: {
        ...fakeScenario().pull,
        base: { sha: base, ref: 'main' },
        head: { ...fakeScenario().pull.head, sha: head },
      },
    });
    const run = await runAction(world, { 'use-checkout': 'true', comment: 'never' }, 'pull_request', {
      workspace: repo.dir,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.report?.findings.map((f) => f.rule)).toContain('canary/initial-weight');
  });
});

describe('a file larger than the API returns inline', () => {
  it('the file is downloaded raw and judged whole', async () => {
    const padding = `${'# padding to push the steps past the GraphQL text limit\n'.repeat(12_000)}`;
    const big = `${padding}${UNSAFE}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(512_000);
    const run = await runAction(scenario({ head: { [MANIFEST]: big } }));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const line = big.split('\n').findIndex((l) => l.includes('setWeight: 50')) + 1;
    expect(run.report?.findings).toContainEqual(
      expect.objectContaining({ rule: 'canary/initial-weight', file: MANIFEST, line }),
    );
    expect(requestsTo(run, 'contents')).toBeGreaterThan(0);
  });
});

describe('the head moves during the run', () => {
  it.each(['pull-files', 'check-runs', 'status', 'graphql'] as const)(
    'a push answered by the %s request fails the run closed (stale, or changed while read)',
    async (route) => {
      const run = await runAction(
        scenario({
          head: { [MANIFEST]: UNSAFE },
          beforeAnswer: (request, world) => {
            if (request.route === route) world.pull.head.sha = 'f'.repeat(40);
          },
        }),
      );
      expectFailedClosed(
        run,
        // The file listing runs alongside the pull request's read: a push it sees first shows as a
        // head that moved since the event.
        /^::error::rollout-guard: (stale: .*(during the run|since this run was triggered)|could not verify: .*changed while it was read)/m,
      );
    },
  );
});

describe('a read-only token (fork pull requests)', () => {
  it('a passing fork pull request stays passing when the comment cannot be written', async () => {
    const world = scenario({ readOnlyToken: true });
    world.pull.head.repo = { full_name: 'mallory/deploys', fork: true };
    const run = await runAction(world, { comment: 'always' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(
      /^::notice::rollout-guard could not write its pull request comment \(HTTP 403/m,
    );
    expect(run.stdout).not.toMatch(/^::error/m);
  });
});

describe('symbolic links in the checkout', () => {
  const SECRET_FILE = 'S3CRET-hostname-7f3a9c';
  const SECRET_CONFIG = 'S3CRET-gitconfig-b81d2e';

  function repoWithLinks(): { repo: TempRepo; base: string; head: string } {
    const outside = mkdtempSync(path.join(tmpdir(), 'rollout-guard-secret-'));
    const repo = new TempRepo();
    onTestFinished(() => {
      repo.remove();
      rmSync(outside, { recursive: true, force: true });
    });
    const secretPath = path.join(outside, 'hostname');
    writeFileSync(secretPath, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${SECRET_FILE}\n`);
    repo.git('config', 'rollout.token', SECRET_CONFIG);
    const base = repo.commit({ [MANIFEST]: GUARDED });
    mkdirSync(path.join(repo.dir, 'deploy/links'), { recursive: true });
    symlinkSync(secretPath, path.join(repo.dir, 'deploy/links/hostname.yaml'));
    symlinkSync('../../.git/config', path.join(repo.dir, 'deploy/links/config.yaml'));
    symlinkSync('/proc/self/environ', path.join(repo.dir, 'deploy/links/environ.yaml'));
    const head = repo.commit({});
    return { repo, base, head };
  }

  it('the CLI never follows a link: each is reported, and no target’s bytes appear in any output', async () => {
    const { repo, base, head } = repoWithLinks();
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const result = await cli([
        'check',
        '--repo',
        repo.dir,
        '--base',
        base,
        '--head',
        head,
        '--format',
        format,
      ]);
      expect(result.code).toBe(1);
      for (const output of [result.stdout, result.stderr]) {
        expect(output).not.toContain(SECRET_FILE);
        expect(output).not.toContain(SECRET_CONFIG);
        expect(output).not.toContain('[core]');
      }
    }
    const json = await cli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
    const findings = (JSON.parse(json.stdout) as { findings: { file: string; message: string }[] }).findings;
    expect(
      findings
        .filter((f) => /symbolic link/.test(f.message))
        .map((f) => f.file)
        .sort(),
    ).toEqual(['deploy/links/config.yaml', 'deploy/links/environ.yaml', 'deploy/links/hostname.yaml']);
  });

  it('the action reading the checkout never follows a link either', async () => {
    const { repo, base, head } = repoWithLinks();
    const world = scenario({
      pull: {
        ...fakeScenario().pull,
        base: { sha: base, ref: 'main' },
        head: { ...fakeScenario().pull.head, sha: head },
      },
    });
    const run = await runAction(world, { 'use-checkout': 'true', comment: 'always' }, 'pull_request', {
      workspace: repo.dir,
    });
    expect(run.code).toBe(1);
    const comments = run.requests
      .filter((r) => r.route === 'create-comment')
      .map((r) => JSON.stringify(r.body));
    expect(comments).toHaveLength(1);
    for (const output of [run.stdout, run.stderr, run.summary, JSON.stringify(run.report), ...comments]) {
      expect(output).not.toContain(SECRET_FILE);
      expect(output).not.toContain(SECRET_CONFIG);
    }
    expect(run.report?.findings.filter((f) => /symbolic link/.test(f.message))).toHaveLength(3);
  });

  it('through the API a link is reported as a link, its target unread', async () => {
    const world = scenario({
      head: { [MANIFEST]: SAFE, 'deploy/links/environ.yaml': { symlink: '/proc/self/environ' } },
    });
    const run = await runAction(world);
    expect(run.code).toBe(1);
    expect(run.report?.findings).toContainEqual(
      expect.objectContaining({
        file: 'deploy/links/environ.yaml',
        message: expect.stringMatching(/symbolic link/),
      }),
    );
  });
});
