/**
 * Security review: evidence that cannot be forged: the pull request's author writes the description and
 * can run any CI they like, so a link, a check run or a rollback plan only counts when it is what
 * it claims to be. Each case changes one thing in a change that otherwise passes.
 */
import { describe, expect, it } from 'vitest';
import { runKey } from '../../src/core/evidence-links.js';
import type { CheckRun, EvidenceContext, Report, RunFacts, RunOutcome } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeCheckRun } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';
import { passedRun } from '../support/evidence.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const MANIFEST = 'deploy/checkout/rollout.yaml';
const POLICY_PATH = '.github/rollout-guard.yml';
const HEAD = 'h'.repeat(40);
const ROLLBACK =
  '## Rollback plan\n\nRevert this pull request; Argo CD syncs the previous image within two minutes.\n';
const EVIDENCE = '## Test evidence\n\n- Integration suite: https://ci.example.com/runs/42\n';

const POLICY_TEXT = [
  'version: 1',
  'defaults:',
  '  rollback: documented',
  '  evidence:',
  '    required: true',
  'evidence:',
  "  allowedHosts: ['ci.example.com', '*.githubusercontent.com']",
  // These cases are about which links reach an allowed host; what an unverified link is worth is
  // test/core/test-evidence.test.ts's business.
  '  unverified: accept',
  '',
].join('\n');

function policyOf(text: string): Policy {
  const result = parsePolicy(text, POLICY_PATH, `${POLICY_PATH}@base`);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

function judge(
  body: string,
  options: { policy?: Policy; checks?: CheckRun[]; evidence?: EvidenceContext } = {},
): Report {
  return checkChange({
    changeSet: {
      base: 'b'.repeat(40),
      head: HEAD,
      files: [
        {
          status: 'modified',
          path: MANIFEST,
          base: { kind: 'text', text: GUARDED },
          head: { kind: 'text', text: SAFE },
        },
      ],
      context: [],
      pullRequest: { body, labels: [] },
      ...(options.checks ? { checks: options.checks } : {}),
      ...(options.evidence ? { evidence: options.evidence } : {}),
    },
    policy: options.policy ?? policyOf(POLICY_TEXT),
    policyPath: POLICY_PATH,
    now: new Date('2026-11-29T12:00:00Z'),
    ownCheckNames: ['rollout-guard'],
  });
}

const rulesOf = (report: Report) => report.findings.map((f) => f.rule);

describe('evidence links that only look like the allowed host', () => {
  it('control: a link to the allowed host is evidence, and the change passes', () => {
    const report = judge(`${EVIDENCE}\n${ROLLBACK}`);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it.each([
    ['a longer host that starts with it', 'https://ci.example.com.evil.io/runs/42'],
    ['the allowed host in the path', 'https://evil.io/https://ci.example.com/runs/42'],
    ['the allowed host as user-info', 'https://ci.example.com@evil.io/runs/42'],
    ['the allowed host as user-info with a password', 'https://ci.example.com:pw@evil.io/runs/42'],
    ['a javascript: link', "[CI run](javascript:alert('https://ci.example.com'))"],
    ['plain http', 'http://ci.example.com/runs/42'],
    ['a look-alike letter (Cyrillic а)', 'https://ci.ex\u0430mple.com/runs/42'],
    ['an encoded dot', 'https://ci.example.com%2Eevil.io/runs/42'],
    ['link text that names the host', '[https://ci.example.com/runs/42](https://evil.io/runs/42)'],
    ['a link only inside an HTML comment', '<!-- https://ci.example.com/runs/42 -->'],
    ['a relative link', '[run](/runs/42)'],
  ])('case 30: %s is rejected', (_name, link) => {
    const report = judge(`## Test evidence\n\n${link}\n\n${ROLLBACK}`);
    expect(rulesOf(report)).toEqual(['evidence/missing']);
    expect(report.findings[0]).toMatchObject({ level: 'error' });
    expect(report.verdict).toBe('fail');
  });
});

describe('check runs that are not evidence', () => {
  const policy = policyOf(
    `${POLICY_TEXT}environments:\n  - name: production\n    match:\n      namespaces: ['shop']\n    evidence:\n      required: false\n      checks: [integration-tests]\n`,
  );
  const body = `${EVIDENCE}\n${ROLLBACK}`;
  const genuine: CheckRun = {
    name: 'integration-tests',
    conclusion: 'success',
    app: 'github-actions',
    headSha: HEAD,
  };

  it('control: a successful run of the required check by the expected app on the head commit is evidence', () => {
    const report = judge(body, { policy, checks: [genuine] });
    expect(report.findings).toEqual([]);
  });

  it.each<[string, CheckRun]>([
    ['from another app', { ...genuine, app: 'evil-ci' }],
    ['as a commit status (no app)', { name: 'integration-tests', conclusion: 'success', headSha: HEAD }],
    ['on an older commit', { ...genuine, headSha: 'o'.repeat(40) }],
    ['concluded neutral', { ...genuine, conclusion: 'neutral' }],
    ['concluded skipped', { ...genuine, conclusion: 'skipped' }],
    ['still running', { ...genuine, conclusion: null }],
    ['with a name that differs in case', { ...genuine, name: 'Integration-Tests' }],
  ])('case 31: a check run %s is not evidence', (_name, run) => {
    const report = judge(body, { policy, checks: [run] });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'evidence/checks',
        level: 'error',
        message: expect.stringContaining('integration-tests'),
      }),
    ]);
    expect(report.verdict).toBe('fail');
  });

  it('rollout-guard’s own check never counts, even when required by name', () => {
    const own = policyOf(
      `${POLICY_TEXT}environments:\n  - name: production\n    match:\n      namespaces: ['shop']\n    evidence:\n      checks: [rollout-guard]\n`,
    );
    const report = judge(body, { policy: own, checks: [{ ...genuine, name: 'rollout-guard' }] });
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'evidence/checks', message: expect.stringMatching(/own check/) }),
    ]);
  });

  it('through the action, forged runs from the API do not pass; the genuine one does', async () => {
    const policyText = `version: 1\ndefaults:\n  rollback: none\n  evidence:\n    required: false\n    checks: [integration-tests]\n`;
    const forged: FakeCheckRun[] = [
      { name: 'integration-tests', conclusion: 'success', app: 'evil-ci' },
      { name: 'integration-tests', conclusion: 'success', headSha: 'o'.repeat(40) },
      { name: 'integration-tests', conclusion: 'neutral' },
      { name: 'integration-tests', conclusion: 'skipped' },
    ];
    const world = (checkRuns: FakeCheckRun[]) =>
      fakeScenario({
        checkRuns,
        statuses: [{ context: 'integration-tests', state: 'success' }],
        files: {
          base: { [MANIFEST]: GUARDED, [POLICY_PATH]: policyText },
          head: { [MANIFEST]: SAFE, [POLICY_PATH]: policyText },
        },
        changedFiles: [{ filename: MANIFEST, status: 'modified' }],
      });
    const forgedRun = await runAction(world(forged), { comment: 'never' });
    expect(forgedRun.code).toBe(1);
    expect(forgedRun.report?.findings).toEqual([
      expect.objectContaining({ rule: 'evidence/checks', level: 'error' }),
    ]);

    const genuineRun = await runAction(
      world([...forged, { name: 'integration-tests', conclusion: 'success' }]),
      {
        comment: 'never',
      },
    );
    expect(genuineRun.code).toBe(0);
    expect(genuineRun.outputs.verdict).toBe('pass');
  });
});

describe('a rollback plan that is not there', () => {
  it.each([
    [
      'only in an HTML comment',
      '## Rollback plan\n\n<!-- Revert this pull request; Argo CD syncs the previous image. -->\n',
    ],
    [
      'a heading and its plan inside an HTML comment',
      '<!--\n## Rollback plan\n\nRevert this pull request; Argo CD syncs the previous image.\n-->\n',
    ],
    ['an unfilled template heading', '## Rollback plan\n\n'],
    [
      'the template’s instructions in italics',
      '## Rollback plan\n\n_Describe how to roll this change back, step by step._\n',
    ],
    ['a placeholder', '## Rollback plan\n\nTBD — will fill in before merging\n'],
    [
      'an unticked checklist',
      '## Rollback plan\n\n- [ ] Revert the pull request\n- [ ] Re-sync Argo CD to the previous image\n',
    ],
    ['a fill-in tag', '## Rollback plan\n\n<describe the rollback steps here>\n'],
    ['invisible characters', `## Rollback plan\n\n${'\u200B'.repeat(40)}\n`],
  ])('case 32: a rollback plan %s is missing', (_name, rollback) => {
    const report = judge(`${EVIDENCE}\n${rollback}`);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'rollback/missing', level: 'error' })]);
    expect(report.verdict).toBe('fail');
  });

  it('control: the written plan counts', () => {
    expect(rulesOf(judge(`${EVIDENCE}\n${ROLLBACK}`))).toEqual([]);
  });
});

describe('patterns an admin writes', () => {
  it('section headings are names, never patterns: catastrophic ones against a long description finish at once', () => {
    const policy = policyOf(
      `${POLICY_TEXT}pullRequest:\n  rollbackHeadings: ['(a+)+$', '(a|aa)*b', '*a*a*a*a*a*b']\n  evidenceHeadings: ['^(\\w+\\s?)*$']\n`,
    );
    const body = `## ${'a'.repeat(5000)}\n\n${'a'.repeat(200_000)}!\n\n## ${'a '.repeat(3000)}\n`;
    const started = performance.now();
    const report = judge(body, { policy });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rulesOf(report).sort()).toEqual(['evidence/missing', 'rollback/missing']);
  });

  it('control: the same headings match when written literally', () => {
    const policy = policyOf(`${POLICY_TEXT}pullRequest:\n  rollbackHeadings: ['(a+)+$']\n`);
    const report = judge(
      `${EVIDENCE}\n## (a+)+$\n\nRevert this pull request; Argo CD syncs the previous image.\n`,
      { policy },
    );
    expect(report.findings).toEqual([]);
  });
});

describe('evidence that is linked, not verified (issue 13)', () => {
  // The built-in policy's view: github.com links are allowed, unverified evidence warns.
  const builtin = policyOf('version: 1\ndefaults:\n  rollback: documented\n');
  const RUN = 'https://github.com/acme/shop/actions/runs/1';
  const read = (outcome: RunOutcome, extra: Partial<EvidenceContext> = {}): EvidenceContext => ({
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    runs: new Map([[runKey('actions-run', 'acme/shop', 1), outcome]]),
    ...extra,
  });
  const withRun = (facts: Partial<RunFacts>) => read({ found: passedRun('acme/shop', HEAD, facts) });
  const evidence = (link: string) => `## Test evidence\n\n${link}\n\n${ROLLBACK}`;
  const levels = (report: Report) => report.findings.map((f) => `${f.rule}:${f.level}`);

  it('control: a run of this repository that passed on the head is evidence', () => {
    expect(judge(evidence(RUN), { policy: builtin, evidence: withRun({}) }).findings).toEqual([]);
  });

  it.each([
    ['the site root', 'https://github.com/'],
    ["someone's profile", 'https://github.com/alice'],
    ["the repository's README", 'https://github.com/acme/shop/blob/main/README.md'],
    ['the list of runs, not one', 'https://github.com/acme/shop/actions'],
  ])('%s is never evidence, even when unverified evidence is accepted', (_, link) => {
    const accepting = policyOf(
      'version: 1\ndefaults:\n  rollback: documented\nevidence:\n  unverified: accept\n',
    );
    expect(levels(judge(evidence(link), { policy: accepting, evidence: read({ notFound: '404' }) }))).toEqual(
      ['evidence/missing:error'],
    );
  });

  it.each<[string, EvidenceContext]>([
    ['a run that failed', withRun({ conclusion: 'failure' })],
    ['a run still in progress', withRun({ status: 'in_progress', conclusion: null })],
    ['a run of an older commit', withRun({ headSha: 'c'.repeat(40) })],
    ["a fork's run (its workflow is the fork's)", withRun({ headRepository: 'mallory/shop' })],
    ['a run GitHub does not have', read({ notFound: 'GitHub answered 404' })],
    ['a run that could not be read', read({ error: 'GET /repos/acme/shop/actions/runs/1 failed with 502' })],
  ])('case 34: %s is not evidence', (_, context) => {
    expect(levels(judge(evidence(RUN), { policy: builtin, evidence: context }))).toEqual([
      'evidence/missing:error',
    ]);
  });

  it('a run of another repository is not evidence unless the policy lists it and its title names the head', () => {
    const other = 'https://github.com/mallory/ci/actions/runs/1';
    const otherRun = (title: string): EvidenceContext => ({
      serverUrl: 'https://github.com',
      repository: 'acme/shop',
      runs: new Map([
        [
          runKey('actions-run', 'mallory/ci', 1),
          { found: passedRun('mallory/ci', 'e'.repeat(40), { title }) },
        ],
      ]),
    });
    expect(
      levels(judge(evidence(other), { policy: builtin, evidence: otherRun(`tests for ${HEAD}`) })),
    ).toEqual(['evidence/missing:error']);
  });

  it('a lone screenshot is visible as unverified (a warning), never silently trusted', () => {
    const report = judge(evidence('![green](https://github.com/user-attachments/assets/1)'), {
      policy: builtin,
      evidence: read({ notFound: '404' }),
    });
    expect(levels(report)).toEqual(['evidence/missing:warning']);
    expect(report.evidence?.[0]).toMatchObject({ kind: 'attachment', verified: false, accepted: true });
  });
});
