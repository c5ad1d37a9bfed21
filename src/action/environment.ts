/**
 * What the runner tells the action through GITHUB_* and RUNNER_* variables, read in one place
 * (the inputs are read beside it, in inputs.ts). The event itself is in event.ts.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunEnvironment } from './links.js';

export interface ActionEnvironment {
  /** GITHUB_API_URL: the REST API root; undefined: api.github.com. */
  apiUrl: string | undefined;
  /** GITHUB_SERVER_URL. Default: https://github.com. */
  serverUrl: string;
  /** GITHUB_WORKSPACE, where relative inputs are resolved. Default: the working directory. */
  workspace: string;
  /** GITHUB_JOB: the job's id, whose own check run is never evidence. */
  job: string | undefined;
  /** RUNNER_TEMP, where the reports are written. Default: the system's temporary folder. */
  runnerTemp: string;
  /** GITHUB_STEP_SUMMARY is set: there is a job summary to write. */
  hasStepSummary: boolean;
  /** The variables that name the run, for links to it and to its job summary. */
  run: RunEnvironment;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): ActionEnvironment {
  return {
    apiUrl: env.GITHUB_API_URL || undefined,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    job: env.GITHUB_JOB || undefined,
    runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    run: {
      GITHUB_SERVER_URL: env.GITHUB_SERVER_URL,
      GITHUB_REPOSITORY: env.GITHUB_REPOSITORY,
      GITHUB_RUN_ID: env.GITHUB_RUN_ID,
      GITHUB_RUN_ATTEMPT: env.GITHUB_RUN_ATTEMPT,
      RUNNER_NAME: env.RUNNER_NAME,
    },
  };
}

/** A path an input names, resolved in the workspace. */
export function inWorkspace(environment: ActionEnvironment, file: string): string {
  return path.resolve(environment.workspace, file);
}
