/**
 * The post step: after the job's other steps, the comment the main step wrote gains the link to the
 * artifact a later step uploaded the reports as, when there is one and the comment is as it was.
 */
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, withArtifactLink } from '../../src/action/comment.js';
import { runLinks, runUrl } from '../../src/action/links.js';
import { linkArtifact } from '../../src/action/post.js';
import type { PostApi } from '../../src/action/post.js';
import type { Octokit } from '../../src/sources/github/index.js';

const ENV = {
  GITHUB_SERVER_URL: 'https://github.example.com',
  GITHUB_REPOSITORY: 'acme/infra',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_NAME: 'GitHub Actions 7',
};
const BODY = `${COMMENT_MARKER}\n## ❌ rollout-guard: FAIL — 1 error in 1 plan\n\n**Full report:** [Job summary](https://github.example.com/acme/infra/actions/runs/42#summary-7) · [Run](https://github.example.com/acme/infra/actions/runs/42)\n\nrest\n`;
const saved = JSON.stringify({ id: 5, body: BODY });

function fakeApi(artifact: number | undefined, current = BODY): PostApi & { updates: string[] } {
  const updates: string[] = [];
  return {
    updates,
    findArtifact: async (name) => (name === 'rollout-guard-report' ? artifact : undefined),
    readComment: async () => current,
    updateComment: async (_id, body) => {
      updates.push(body);
    },
  };
}

describe('the post step', () => {
  it("adds the artifact's link to the comment's links line", async () => {
    const api = fakeApi(314);
    expect(await linkArtifact(api, saved, 'rollout-guard-report', ENV)).toBe('linked');
    expect(api.updates).toEqual([
      BODY.replace(
        '/actions/runs/42)\n',
        '/actions/runs/42) · [JSON and SARIF reports](https://github.example.com/acme/infra/actions/runs/42/artifacts/314)\n',
      ),
    ]);
  });

  it('leaves the comment alone without an artifact, without a comment, or when it changed since', async () => {
    const none = fakeApi(undefined);
    expect(await linkArtifact(none, saved, 'rollout-guard-report', ENV)).toBe('no-artifact');
    expect(await linkArtifact(none, '', 'rollout-guard-report', ENV)).toBe('no-comment');
    const edited = fakeApi(314, `${BODY}edited by another run`);
    expect(await linkArtifact(edited, saved, 'rollout-guard-report', ENV)).toBe('changed-since');
    expect([...none.updates, ...edited.updates]).toEqual([]);
  });

  it('links an artifact once, and only from a links line', () => {
    const once = withArtifactLink(BODY, 'https://x/artifacts/1') ?? '';
    expect(withArtifactLink(once, 'https://x/artifacts/2')).toBeUndefined();
    expect(withArtifactLink('no links here', 'https://x/artifacts/1')).toBeUndefined();
  });
});

describe('the links to the run', () => {
  it('are the run page and its job summary, found by the job in progress on this runner', async () => {
    const asked: unknown[] = [];
    const client = {
      request: async (route: string, params: unknown) => {
        asked.push([route, params]);
        return {
          data: {
            jobs: [
              { id: 6, status: 'completed', runner_name: 'GitHub Actions 7' },
              { id: 7, status: 'in_progress', runner_name: 'GitHub Actions 7' },
              { id: 8, status: 'in_progress', runner_name: 'GitHub Actions 8' },
            ],
          },
        };
      },
    } as unknown as Octokit;
    expect(await runLinks(client, { owner: 'acme', repo: 'infra' }, ENV)).toEqual({
      run: 'https://github.example.com/acme/infra/actions/runs/42',
      summary: 'https://github.example.com/acme/infra/actions/runs/42#summary-7',
    });
    expect(asked).toEqual([
      [
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
        { owner: 'acme', repo: 'infra', run_id: 42, attempt_number: 2, per_page: 100 },
      ],
    ]);
  });

  it("fall back to the run's page when the job cannot be read, and are none outside a run", async () => {
    const refusing = {
      request: async () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
    } as unknown as Octokit;
    const links = await runLinks(refusing, { owner: 'acme', repo: 'infra' }, ENV);
    expect(links.summary).toBe(links.run);
    expect(runUrl({ ...ENV, GITHUB_RUN_ID: undefined })).toBeUndefined();
    expect(await runLinks(refusing, { owner: 'acme', repo: 'infra' }, {})).toEqual({});
  });
});
