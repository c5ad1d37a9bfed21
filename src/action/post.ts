import * as core from '@actions/core';
import * as github from '@actions/github';
import { createClient } from '../sources/github/index.js';
import type { RepoRef } from '../sources/github/index.js';
import { COMMENT_MAX_CHARS, COMMENT_STATE, withArtifactLink } from './comment.js';
import { readEnvironment } from './environment.js';
import { runUrl } from './links.js';
import type { RunEnvironment } from './links.js';

/** The artifact name the examples upload the report folder as (input `artifact-name`). */
export const DEFAULT_ARTIFACT_NAME = 'rollout-guard-report';

/** What the post step reads and writes, with the client and repository bound. */
export interface PostApi {
  /** The id of the run's artifact of this name, if the run has one (not expired). */
  findArtifact(name: string): Promise<number | undefined>;
  /** The comment's body as it stands now. */
  readComment(id: number): Promise<string>;
  updateComment(id: number, body: string): Promise<void>;
}

export type PostOutcome = 'linked' | 'no-comment' | 'no-artifact' | 'changed-since' | 'no-room';

/**
 * After the job's other steps: when the main step wrote the comment and a later step uploaded the
 * reports as the artifact `name`, the comment's links line gains the artifact's link. A comment
 * that changed since (another run, a person) is left alone, and so is one with no room left.
 */
export async function linkArtifact(
  api: PostApi,
  saved: string,
  name: string,
  env: RunEnvironment,
): Promise<PostOutcome> {
  if (saved === '') return 'no-comment';
  const comment = JSON.parse(saved) as { id: number; body: string };
  const run = runUrl(env);
  if (run === undefined) return 'no-artifact';
  const artifact = await api.findArtifact(name);
  if (artifact === undefined) return 'no-artifact';
  const body = withArtifactLink(comment.body, `${run}/artifacts/${artifact}`);
  if (body === undefined || body.length > COMMENT_MAX_CHARS) return 'no-room';
  if ((await api.readComment(comment.id)) !== comment.body) return 'changed-since';
  await api.updateComment(comment.id, body);
  return 'linked';
}

function postApi(token: string, repo: RepoRef, runId: number, apiUrl: string | undefined): PostApi {
  const client = createClient(token, { ...(apiUrl ? { baseUrl: apiUrl } : {}) });
  const { owner, repo: name } = repo;
  return {
    async findArtifact(artifact) {
      const { data } = await client.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo: name,
        run_id: runId,
        name: artifact,
        per_page: 10,
      });
      return data.artifacts.find((found) => found.name === artifact && !found.expired)?.id;
    },
    async readComment(id) {
      const { data } = await client.rest.issues.getComment({ owner, repo: name, comment_id: id });
      return data.body ?? '';
    },
    async updateComment(id, body) {
      await client.rest.issues.updateComment({ owner, repo: name, comment_id: id, body });
    },
  };
}

/** The post step: never fails the job; what it could not do is a line in the log. */
export async function post(): Promise<void> {
  try {
    const saved = core.getState(COMMENT_STATE);
    if (saved === '') return;
    const name = core.getInput('artifact-name').trim() || DEFAULT_ARTIFACT_NAME;
    const environment = readEnvironment();
    const runId = Number(environment.run.GITHUB_RUN_ID);
    const api = postApi(core.getInput('token'), github.context.repo, runId, environment.apiUrl);
    const outcome = await linkArtifact(api, saved, name, environment.run);
    const said: Record<PostOutcome, string> = {
      linked: `the comment links the artifact "${name}"`,
      'no-comment': 'no comment to link from',
      'no-artifact': `the run has no artifact "${name}" (upload the report-dir output as it to link it from the comment)`,
      'changed-since': 'the comment changed since this run wrote it; it is left as it is',
      'no-room': 'the comment has no room for the artifact link',
    };
    core.info(`rollout-guard: ${said[outcome]}.`);
  } catch (error) {
    core.info(`rollout-guard could not link the reports' artifact: ${(error as Error).message}`);
  }
}
