/**
 * Security review, case 20 (time-outs): the bundled action gives every request 30 s and retries three
 * times, so a hanging API costs minutes end to end. Here the action's own code (src/action/run.ts)
 * runs in this process against the fake GitHub, with only the client's time-out and back-off
 * shortened; everything else — inputs, the event, outputs, the failure — is as the runner sees it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeScenario, startFakeGitHub } from '../support/fake-github.js';
import { parseOutputs } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';
import type * as GitHubClient from '../../src/sources/github/client.js';

vi.mock('../../src/sources/github/client.js', async (importOriginal) => {
  const original = await importOriginal<typeof GitHubClient>();
  return {
    ...original,
    createClient: (token: string, options: Parameters<typeof original.createClient>[1] = {}) =>
      original.createClient(token, {
        ...options,
        requestTimeoutMs: 150,
        maxRetries: 2,
        retryAfterBaseMs: 10,
      }),
  };
});

const MANIFEST = 'deploy/checkout/rollout.yaml';
const savedEnv = { ...process.env };

afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('time-outs', () => {
  it('an API that never answers fails the check with "could not verify" after bounded retries', async () => {
    const world = fakeScenario({
      files: {
        base: { [MANIFEST]: fixtureText('demo/main/deploy/checkout/rollout.yaml') },
        head: { [MANIFEST]: fixtureText('demo/safe-change/deploy/checkout/rollout.yaml') },
      },
      pull: { body: fixtureText('demo/safe-change.pr.md') },
      delayMs: 1000,
    });
    const fake = await startFakeGitHub(world);
    const dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-timeout-'));
    try {
      const eventPath = path.join(dir, 'event.json');
      writeFileSync(
        eventPath,
        JSON.stringify({ pull_request: { number: world.pull.number, head: { sha: world.pull.head.sha } } }),
      );
      const outputFile = path.join(dir, 'output');
      writeFileSync(outputFile, '');
      Object.assign(process.env, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: `${world.owner}/${world.repo}`,
        GITHUB_API_URL: fake.url,
        GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
        GITHUB_OUTPUT: outputFile,
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: dir,
        INPUT_TOKEN: 'ghs_faketoken',
        'INPUT_USE-CHECKOUT': 'false',
      });
      delete process.env.GITHUB_STEP_SUMMARY;
      let stdout = '';
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += chunk.toString();
        return true;
      });
      vi.resetModules(); // @actions/github reads the event when it is first imported
      const { run } = await import('../../src/action/run.js');
      const started = Date.now();
      await run();
      const elapsed = Date.now() - started;
      vi.mocked(process.stdout.write).mockRestore();

      expect(process.exitCode).toBe(1);
      expect(stdout).toMatch(/^::error::rollout-guard: could not verify: .*got no answer in time/m);
      expect(parseOutputs(readFileSync(outputFile, 'utf8')).verdict).toBeUndefined();
      expect(fake.requests.filter((r) => r.route === 'pull')).toHaveLength(3); // the request and 2 retries
      expect(elapsed).toBeLessThan(5000);
    } finally {
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
