/**
 * The action reads the events GitHub really sends: the example payloads of
 * @octokit/webhooks-examples (from GitHub's webhook schemas), not payloads shaped by these tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

/** The parts of a payload these tests read; the action gets the whole payload. */
interface Payload {
  action?: string;
  repository: { full_name: string };
  pull_request: { number: number; base: { sha: string; ref: string }; head: { sha: string; ref: string } };
}

interface Definition {
  name: string;
  examples: Payload[];
}

const definitions = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8'),
) as Definition[];

function example(name: string, action: string): Payload {
  const found = definitions.find((d) => d.name === name)?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${name}.${action} example in @octokit/webhooks-examples`);
  return found;
}

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const MANIFEST = 'deploy/checkout/rollout.yaml';

/** The fake API holds the pull request the payload names, in the payload's repository. */
function worldFor(payload: Payload) {
  const [owner, repo] = payload.repository.full_name.split('/') as [string, string];
  const pr = payload.pull_request;
  const world = fakeScenario({
    owner,
    repo,
    files: { base: { [MANIFEST]: GUARDED }, head: { [MANIFEST]: SAFE } },
  });
  world.pull = {
    ...world.pull,
    number: pr.number,
    body: GOOD_BODY,
    base: { sha: pr.base.sha, ref: pr.base.ref },
    head: { ...world.pull.head, sha: pr.head.sha, ref: pr.head.ref },
  };
  return world;
}

describe('GitHub event payloads (@octokit/webhooks-examples)', () => {
  it.each([
    ['pull_request', 'opened'],
    ['pull_request', 'synchronize'],
    ['pull_request', 'reopened'],
    ['pull_request_review', 'submitted'],
  ])('%s.%s: judges the pull request the payload names', async (name, action) => {
    const payload = example(name, action);
    const world = worldFor(payload);
    const run = await runAction(world, { comment: 'never' }, name, { payload });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const pulls = run.requests.filter((r) => r.route === 'pull');
    expect(pulls.map((r) => r.path)).toEqual([
      `/repos/${world.owner}/${world.repo}/pulls/${world.pull.number}`,
    ]);
  });

  it('pull_request_target: the same payload as pull_request', async () => {
    const payload = example('pull_request', 'synchronize');
    const run = await runAction(worldFor(payload), { comment: 'never' }, 'pull_request_target', { payload });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  it('pull_request.synchronize: a head the API no longer has is stale', async () => {
    const payload = example('pull_request', 'synchronize');
    const world = worldFor(payload);
    world.pull.head.sha = 'f'.repeat(40);
    const run = await runAction(world, { comment: 'never' }, 'pull_request', { payload });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stale: the pull request's head moved from ec26c3e57ca3/);
  });

  it('merge_group.checks_requested: finds pull request #104 in head_ref and asks for a checkout', async () => {
    const payload = example('merge_group', 'checks_requested');
    const [owner, repo] = payload.repository.full_name.split('/') as [string, string];
    const world = fakeScenario({ owner, repo });
    world.pull = { ...world.pull, number: 104 };
    const run = await runAction(world, { comment: 'never' }, 'merge_group', { payload });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/merge_group events rollout-guard reads the change from a checkout/);
    expect(run.stdout).not.toMatch(/does not name its pull request/);
    expect(run.requests.filter((r) => r.route === 'pull').map((r) => r.path)).toEqual([
      `/repos/${owner}/${repo}/pulls/104`,
    ]);
  });
});
