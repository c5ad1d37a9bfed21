/**
 * Test evidence that is verified, not just linked (issue 13): what each link of the evidence
 * section is by its address, what the facts a source read about a run make of it, and what the
 * policy makes of what cannot be verified. Every kind and every rejection reason has a case.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { EvaluationInput } from '../../src/core/evaluate.js';
import { MAX_RUN_LINKS, PullRequestEvidence } from '../../src/core/evidence.js';
import { runKey } from '../../src/core/evidence-links.js';
import { olderCommitsOf } from '../../src/core/evidence-runs.js';
import type {
  CommitFacts,
  EvidenceContext,
  EvidenceItem,
  RunFacts,
  RunOutcome,
} from '../../src/core/model.js';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { passedRun } from '../support/evidence.js';
import { canaryPlan } from '../support/plans.js';

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const OLD = '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5';
const REPO = 'acme/shop';
const SERVER = 'https://github.com';
const RUN = `${SERVER}/${REPO}/actions/runs`;
const NOW = new Date('2026-11-29T12:00:00Z');

function policyOf(yaml = ''): Policy {
  const result = parsePolicy(`version: 1\n${yaml}`, 'p.yml', 'p.yml@base');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const found = (facts: Partial<RunFacts> = {}): RunOutcome => ({ found: passedRun(REPO, HEAD, facts) });

/** A context in which the source read `runs` (by key) about acme/shop on github.com. */
function context(runs: [string, RunOutcome][], extra: Partial<EvidenceContext> = {}): EvidenceContext {
  return { serverUrl: SERVER, repository: REPO, runs: new Map(runs), ...extra };
}

function judge(
  body: string,
  evidence: EvidenceContext | undefined,
  policy: Policy = BUILTIN_POLICY,
  files: string[] = [],
) {
  return new PullRequestEvidence(`## Test evidence\n\n${body}\n`, policy).testEvidence(files, {
    head: HEAD,
    now: NOW,
    evidence,
  });
}

/** The one item a one-link section gives. */
function only(body: string, evidence: EvidenceContext | undefined, policy?: Policy): EvidenceItem {
  const { items } = judge(body, evidence, policy);
  expect(items).toHaveLength(1);
  return items[0] as EvidenceItem;
}

const key = (id: number) => runKey('actions-run', REPO, id);

describe('a run, job or check run of this repository, as the API describes it', () => {
  it('is verified when it concluded success on the head commit', () => {
    const item = only(`- CI: ${RUN}/1`, context([[key(1), found()]]));
    expect(item).toMatchObject({
      kind: 'actions-run',
      subject: 'run 1',
      name: 'CI',
      verified: true,
      accepted: true,
      reason: 'succeeded on the head, 9f8e7d6',
      headSha: HEAD,
      conclusion: 'success',
      completedAt: '2026-11-29T11:48:00Z',
      age: 720,
    });
  });

  it('verifies a job of its run and a check run of the expected app', () => {
    const jobKey = runKey('job', REPO, 456);
    const checkKey = runKey('check-run', REPO, 789);
    const { items, status } = judge(
      `- ${RUN}/1/job/456\n- ${SERVER}/${REPO}/runs/789`,
      context([
        [jobKey, found({ name: 'CI / e2e', runId: 1, app: 'github-actions' })],
        [checkKey, found({ name: 'e2e', app: 'github-actions' })],
      ]),
    );
    expect(status).toBe('verified');
    expect(items.map((i) => [i.kind, i.subject, i.verified])).toEqual([
      ['job', 'job 456', true],
      ['check-run', 'check run 789', true],
    ]);
  });

  it.each<[string, Partial<RunFacts>, string]>([
    ['in progress', { status: 'in_progress', conclusion: null }, 'is still in progress'],
    ['queued', { status: 'queued', conclusion: null }, 'is still queued'],
    [
      'waiting for approval',
      { status: 'waiting', conclusion: null },
      'is still waiting (for an approval or a runner)',
    ],
    ['failed', { conclusion: 'failure' }, 'failed'],
    ['cancelled', { conclusion: 'cancelled' }, 'was cancelled'],
    ['skipped', { conclusion: 'skipped' }, 'was skipped'],
    ['timed out', { conclusion: 'timed_out' }, 'timed out'],
    ['neutral', { conclusion: 'neutral' }, 'concluded neutral, not success'],
    ['of an older commit', { headSha: OLD }, 'ran on 1a2b3c4, not on the head 9f8e7d6'],
    [
      "of a fork's workflow",
      { headRepository: 'mallory/shop' },
      "ran the workflow of the fork mallory/shop, which the fork's author controls; the policy does not trust it (evidence.trustForkRuns)",
    ],
  ])('is rejected when %s', (_, facts, reason) => {
    const item = only(`${RUN}/1`, context([[key(1), found(facts)]]));
    expect(item).toMatchObject({ verified: false, accepted: false, reason });
    expect(`${item.subject} ${item.reason}`).toBe(`run 1 ${reason}`);
  });

  it('is rejected when GitHub has no such run (404), or when reading it failed (never a pass)', () => {
    expect(only(`${RUN}/1`, context([[key(1), { notFound: 'GitHub answered 404' }]])).reason).toBe(
      'was not found (GitHub answered 404)',
    );
    const error = only(
      `${RUN}/1`,
      context([[key(1), { error: 'GET /repos/acme/shop/actions/runs/1 failed with 502' }]]),
    );
    expect(error).toMatchObject({
      verified: false,
      accepted: false,
      reason: 'could not be verified: GET /repos/acme/shop/actions/runs/1 failed with 502',
    });
  });

  it('rejects a job linked under another run, a check run of another app, and a job of a fork', () => {
    const jobKey = runKey('job', REPO, 456);
    expect(
      only(`${RUN}/1/job/456`, context([[jobKey, found({ runId: 2, app: 'github-actions' })]])).reason,
    ).toBe('is not a job of run 1 (it belongs to run 2)');
    const checkKey = runKey('check-run', REPO, 789);
    expect(
      only(`${SERVER}/${REPO}/runs/789`, context([[checkKey, found({ app: 'my-own-app' })]])).reason,
    ).toBe('was produced by the app my-own-app, not github-actions (evidence.checkApp)');
    expect(
      only(
        `${RUN}/1/job/456`,
        context([[jobKey, found({ runId: 1, app: 'github-actions' })]], { fromFork: true }),
      ).reason,
    ).toMatch(/^ran the workflow of a fork, which the fork's author controls/);
  });

  it("(evidence.trustForkRuns: true) verifies a fork's run", () => {
    const policy = policyOf('evidence:\n  trustForkRuns: true\n');
    expect(
      only(`${RUN}/1`, context([[key(1), found({ headRepository: 'mallory/shop' })]]), policy).verified,
    ).toBe(true);
  });

  it('reads no more than the first 10 runs of the section, and says so for the rest', () => {
    const ids = Array.from({ length: MAX_RUN_LINKS + 2 }, (_, i) => i + 1);
    const body = ids.map((id) => `- ${RUN}/${id}`).join('\n');
    const evidence = new PullRequestEvidence(`## Test evidence\n${body}\n`, BUILTIN_POLICY);
    const refs = evidence.runsToRead({ serverUrl: SERVER, repository: REPO });
    expect(refs.map((r) => r.id)).toEqual(ids.slice(0, MAX_RUN_LINKS));
    const { items } = judge(body, context(refs.map((r) => [r.key, { error: 'failed' }])));
    expect(items.at(-1)).toMatchObject({
      subject: 'run 12',
      accepted: false,
      reason:
        'was not read: rollout-guard verifies at most the first 10 runs, jobs and check runs of the section',
    });
  });

  it('reads a run linked twice once', () => {
    const evidence = new PullRequestEvidence(
      `## Test evidence\n- ${RUN}/1\n- ${SERVER}/ACME/shop/actions/runs/1/\n`,
      BUILTIN_POLICY,
    );
    expect(evidence.runsToRead({ serverUrl: SERVER, repository: REPO })).toHaveLength(1);
  });
});

describe('(evidence.freshness: unchanged) a run on an older commit of the pull request', () => {
  const policy = policyOf('evidence:\n  freshness: unchanged\n');
  const withCommit = (facts: CommitFacts | undefined) =>
    context([[key(1), found({ headSha: OLD })]], facts ? { commits: new Map([[OLD, facts]]) } : {});

  it('counts when no judged file changed after it', () => {
    const item = only(`${RUN}/1`, withCommit({ inPullRequest: true, changedSince: [] }), policy);
    expect(item).toMatchObject({
      verified: true,
      headSha: OLD,
      reason: 'succeeded on 1a2b3c4, a commit of this pull request after which no judged file changed',
    });
  });

  it.each<[string, CommitFacts | undefined, string]>([
    [
      'a judged file changed after it',
      { inPullRequest: true, changedSince: ['deploy/a.yaml', 'deploy/b.yaml'] },
      'ran on 1a2b3c4; deploy/a.yaml and 1 more judged file changed after it',
    ],
    [
      'it is not a commit of the pull request',
      { inPullRequest: false, changedSince: [] },
      'ran on 1a2b3c4, which is not a commit of this pull request',
    ],
    [
      'that cannot be told',
      { inPullRequest: undefined, changedSince: [] },
      'ran on 1a2b3c4; could not tell whether that is a commit of this pull request (it has too many commits)',
    ],
    [
      'the commits could not be read',
      { inPullRequest: undefined, changedSince: [], error: 'POST /graphql failed with 502' },
      'ran on 1a2b3c4; could not verify the commits after it: POST /graphql failed with 502',
    ],
    ['nothing was read about it', undefined, 'ran on 1a2b3c4, and the commits after it could not be read'],
  ])('is rejected when %s', (_, facts, reason) => {
    expect(only(`${RUN}/1`, withCommit(facts), policy)).toMatchObject({ verified: false, reason });
  });

  it('asks the sources about older commits only with this policy, and only for runs that read', () => {
    const refs = new PullRequestEvidence(
      `## Test evidence\n${RUN}/1\n${RUN}/2\n${RUN}/3\n`,
      policy,
    ).runsToRead({
      serverUrl: SERVER,
      repository: REPO,
    });
    const runs = new Map<string, RunOutcome>([
      [key(1), found({ headSha: OLD })],
      [key(2), found()],
      [key(3), { notFound: '404' }],
    ]);
    expect(olderCommitsOf(refs, runs, REPO, HEAD, policy.evidence)).toEqual([OLD]);
    expect(olderCommitsOf(refs, runs, REPO, HEAD, BUILTIN_POLICY.evidence)).toEqual([]);
  });
});

describe('a run of another repository', () => {
  const e2e = 'acme/e2e';
  const listed = policyOf(`evidence:\n  repositories: [${e2e}]\n`);
  const otherKey = (id: number) => runKey('actions-run', e2e, id);
  const link = `${SERVER}/${e2e}/actions/runs/9`;
  const otherRun = (title: string): RunOutcome => ({ found: passedRun(e2e, 'e'.repeat(40), { title }) });

  it('is rejected, unread, when the policy does not list its repository', () => {
    const evidence = new PullRequestEvidence(`## Test evidence\n${link}\n`, BUILTIN_POLICY);
    expect(evidence.runsToRead({ serverUrl: SERVER, repository: REPO })).toEqual([]);
    expect(only(link, context([]))).toMatchObject({
      subject: 'run 9 of acme/e2e',
      accepted: false,
      reason: 'belongs to acme/e2e, which is not this repository and not listed in evidence.repositories',
    });
  });

  it('counts when listed and its title (run-name) names the head in full', () => {
    const item = only(link, context([[otherKey(9), otherRun(`e2e for ${HEAD}`)]]), listed);
    expect(item).toMatchObject({ verified: true, headSha: HEAD, repository: e2e });
  });

  it('is rejected when its title does not name the head, even when it ran on the same SHA elsewhere', () => {
    expect(
      only(link, context([[otherKey(9), otherRun(`e2e for ${HEAD.slice(0, 12)}`)]]), listed).reason,
    ).toMatch(/^does not name the commit it tested in its title \(run-name\)/);
  });

  it('is rejected as a job or check run: only a run has a title that says what it tested', () => {
    expect(only(`${SERVER}/${e2e}/actions/runs/9/job/10`, context([]), listed).reason).toMatch(
      /^is of another repository: link its run/,
    );
  });
});

describe('what is not verified, and what the policy makes of it', () => {
  const attachment = `![load test](${SERVER}/user-attachments/assets/0b6e1c1e-5f1a-4c3b-9d7e-2a8f4e6c1d3b)`;
  const policyWith = (setting: string) =>
    policyOf(`evidence:\n  allowedHosts: [github.com, ci.example.com]\n  unverified: ${setting}\n`);

  it('a screenshot alone is unverified evidence', () => {
    expect(judge(attachment, context([]))).toMatchObject({
      status: 'unverified',
      items: [{ kind: 'attachment', verified: false, accepted: true }],
    });
  });

  it('an upload to the GitHub server the change lives on is an upload, whatever allowedHosts lists', () => {
    const ghes = 'https://ghes.example.com';
    expect(only(`![](${ghes}/user-attachments/assets/x)`, context([], { serverUrl: ghes }))).toMatchObject({
      kind: 'attachment',
      accepted: true,
    });
    expect(
      only('![](https://ghes2.example.com/user-attachments/assets/x)', context([], { serverUrl: ghes })).kind,
    ).toBe('link');
  });

  it('a link to another allowed host is unverified evidence', () => {
    expect(only('https://ci.example.com/runs/42', context([]), policyWith('accept'))).toMatchObject({
      kind: 'link',
      accepted: true,
      reason: 'is not verified: rollout-guard cannot check pages on ci.example.com',
    });
  });

  it('(evidence.unverified: reject) unverified evidence does not count', () => {
    const result = judge(attachment, context([]), policyWith('reject'));
    expect(result.status).toBe('missing');
    expect(result.items[0]).toMatchObject({
      accepted: false,
      reason: expect.stringMatching(/\(evidence\.unverified: reject\)$/),
    });
  });

  it('a run link that nothing read (no token) is unverified, never verified', () => {
    expect(
      only(`${RUN}/1`, { serverUrl: SERVER, repository: REPO, unread: 'there is no GitHub token' }),
    ).toMatchObject({
      kind: 'actions-run',
      verified: false,
      accepted: true,
      reason: 'is not verified: there is no GitHub token',
    });
    expect(only(`${RUN}/1`, undefined).reason).toBe('is not verified: the GitHub API was not asked');
  });

  it('a run on github.com is unverified when the change lives on another GitHub server', () => {
    expect(only(`${RUN}/1`, context([], { serverUrl: 'https://ghes.example.com' }))).toMatchObject({
      verified: false,
      accepted: true,
      reason:
        'is on github.com, not on the GitHub server this check reads (ghes.example.com), so it is not verified',
    });
  });

  it.each([
    [`${SERVER}/`, "is the site's front page, not a run, a job or a check run: never evidence"],
    [`${SERVER}/alice`, 'is a profile or organization page, not a run, a job or a check run: never evidence'],
    [
      `${SERVER}/${REPO}/blob/main/README.md`,
      'is a file or folder in a repository, not a run, a job or a check run: never evidence',
    ],
    ['http://ci.example.com/runs/1', 'was rejected: only https links count (this is http:)'],
    ['https://ci.example.com@evil.io/runs/1', 'was rejected: the link carries user-info before its host'],
    ['https://evil.io/runs/1', 'was rejected: evil.io is not an allowed evidence host'],
  ])('%s never counts, whatever the policy', (url, reason) => {
    expect(only(url, context([]), policyWith('accept'))).toMatchObject({
      kind: 'link',
      accepted: false,
      reason,
    });
  });

  it('an evidence file counts as before, and is listed', () => {
    const policy = policyOf('evidence:\n  paths: ["docs/evidence/**"]\n');
    const result = judge(`${SERVER}/alice`, context([]), policy, ['docs/evidence/load-test.md']);
    expect(result.status).toBe('verified');
    expect(result.items.map((i) => [i.kind, i.accepted])).toEqual([
      ['link', false],
      ['file', true],
    ]);
  });
});

describe('the evidence/missing finding and the report', () => {
  const SAFE = canaryPlan([
    [5, 600, ['analysis']],
    [25, 600],
    [50, 600],
  ]);
  const ROLLBACK = '\n## Rollback plan\nRevert the pull request; Argo CD syncs the previous image.\n';

  function report(
    body: string,
    evidence?: EvidenceContext,
    policy: Policy = BUILTIN_POLICY,
    extra: Partial<EvaluationInput> = {},
  ) {
    return evaluate({
      policy,
      policyPath: '.github/rollout-guard.yml',
      now: NOW,
      base: 'b'.repeat(40),
      head: HEAD,
      plans: [{ plan: SAFE, change: 'modified', basePlan: SAFE }],
      diagnostics: [],
      changedFiles: [{ path: SAFE.file, status: 'modified' }],
      pullRequest: { body: `## Test evidence\n${body}\n${ROLLBACK}`, labels: [] },
      ...(evidence ? { evidence } : {}),
      ...extra,
    });
  }

  it('passes with no finding on a verified run, and lists it', () => {
    const result = report(`${RUN}/1`, context([[key(1), found()]]));
    expect(result.findings).toEqual([]);
    expect(result.evidence).toEqual([expect.objectContaining({ kind: 'actions-run', verified: true })]);
  });

  it('(built-in policy) warns when the evidence is a lone screenshot: visible as unverified, not silently trusted', () => {
    const result = report(`![](${SERVER}/user-attachments/assets/x)`, context([]));
    expect(result.verdict).toBe('pass');
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'evidence/missing',
        level: 'warning',
        message: expect.stringMatching(
          /^the test evidence for Rollout checkout is not verified \(evidence\.unverified: warn\): nothing in it is verified: /,
        ),
      }),
    ]);
  });

  it('(evidence.unverified: accept) says nothing about a lone screenshot', () => {
    expect(
      report(
        `![](${SERVER}/user-attachments/assets/x)`,
        context([]),
        policyOf('evidence:\n  unverified: accept\n'),
      ).findings,
    ).toEqual([]);
  });

  it('fails with a finding that names what was rejected and why', () => {
    const result = report(
      `- ${RUN}/1\n- ${RUN}/2\n- ${SERVER}/alice`,
      context([
        [key(1), found({ headSha: OLD })],
        [key(2), found({ status: 'in_progress', conclusion: null })],
      ]),
    );
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => [f.rule, f.level, f.message])).toEqual([
      [
        'evidence/missing',
        'error',
        'the pull request has no test evidence for Rollout checkout: run 1 ran on 1a2b3c4, not on the head 9f8e7d6; run 2 is still in progress; https://github.com/alice is a profile or organization page, not a run, a job or a check run: never evidence',
      ],
    ]);
  });

  it('never lets a warning-only finding exceed the level the policy sets for evidence/missing', () => {
    const notice = policyOf('rules:\n  evidence/missing: notice\n');
    expect(report(`![](${SERVER}/user-attachments/assets/x)`, context([]), notice).findings[0]?.level).toBe(
      'notice',
    );
    const off = policyOf('rules:\n  evidence/missing: off\n');
    expect(report(`![](${SERVER}/user-attachments/assets/x)`, context([]), off).findings).toEqual([]);
  });

  it('lists the required checks in the same evidence list', () => {
    const policy = policyOf('defaults:\n  evidence: { checks: [integration, lint] }\n');
    const result = report(`${RUN}/1`, context([[key(1), found()]]), policy, {
      checks: [
        { name: 'integration', conclusion: 'success', app: 'github-actions', headSha: HEAD },
        { name: 'lint', conclusion: 'failure', app: 'github-actions', headSha: HEAD },
      ],
    });
    expect(result.evidence?.map((i) => [i.kind, i.subject, i.verified])).toEqual([
      ['actions-run', 'run 1', true],
      ['check', 'required check "integration"', true],
      ['check', 'required check "lint"', false],
    ]);
    expect(result.findings.map((f) => f.rule)).toEqual(['evidence/checks']);
  });

  it('lists no evidence where no environment asks for it', () => {
    const policy = policyOf('defaults:\n  evidence: { required: false }\n');
    expect(report(`${RUN}/1`, context([[key(1), found()]]), policy).evidence).toEqual([]);
  });
});
