import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/sources/github/index.js';
import { PolicyLoadError, buildPolicy } from '../../src/sources/policy-file.js';
import type { SharedPolicyOptions } from '../../src/sources/policy-file.js';
import { directoryPolicySource, githubPolicySource } from '../../src/sources/shared-policy.js';
import { fakeScenario, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, FakeScenario } from '../support/fake-github.js';

const dirs: string[] = [];
const servers: FakeGitHub[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const server of servers.splice(0)) await server.close();
});

/** A folder of shared policy repositories: `owner/repo/path` → text. */
function folder(files: Record<string, string>): SharedPolicyOptions {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-shared-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return { shared: directoryPolicySource(dir) };
}

async function problems(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PolicyLoadError);
  return (error as PolicyLoadError).errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
}

const LOCAL = '.github/rollout-guard.yml';

describe('buildPolicy with extends', () => {
  it('merges a chain of shared policies, nearest last, and says which it built on', async () => {
    const options = folder({
      'acme/policies/org.yml':
        'version: 1\nextends: acme/policies/base.yml@v1\ndefaults:\n  canary: { minStages: 3 }\n',
      'acme/policies/base.yml': 'version: 1\ndefaults:\n  canary: { maxInitialWeight: 10 }\n',
    });
    const policy = await buildPolicy(
      'version: 1\nextends: acme/policies/org.yml@v2\ndefaults:\n  canary: { minHold: 15m }\n',
      LOCAL,
      `${LOCAL}@abc`,
      options,
    );
    expect(policy.defaultEnvironment.canary).toMatchObject({
      minStages: 3,
      maxInitialWeight: 10,
      minHoldSeconds: 900,
    });
    expect(policy.shared).toEqual(['acme/policies/org.yml@v2', 'acme/policies/base.yml@v1']);
    expect(policy.source).toBe(`${LOCAL}@abc`);
  });

  it('refuses a loosening of a policy further down the chain', async () => {
    const options = folder({
      'acme/policies/org.yml': 'version: 1\nextends: acme/policies/base.yml@v1\n',
      'acme/policies/base.yml': 'version: 1\ndefaults:\n  canary: { minStages: 4 }\n',
    });
    expect(
      await problems(
        buildPolicy(
          'version: 1\nextends: acme/policies/org.yml@v2\ndefaults:\n  canary: { minStages: 3 }\n',
          LOCAL,
          LOCAL,
          options,
        ),
      ),
    ).toEqual([
      `${LOCAL}:4: defaults.canary.minStages: the shared policy acme/policies/org.yml@v2 sets 4; 3 here would loosen it (a repository may tighten the policy it extends, never loosen it)`,
    ]);
  });

  it('refuses a cycle, naming it', async () => {
    const options = folder({
      'acme/policies/a.yml': 'version: 1\nextends: acme/policies/b.yml@main\n',
      'acme/policies/b.yml': 'version: 1\nextends: Acme/Policies/a.yml@main\n',
    });
    expect(
      await problems(buildPolicy('version: 1\nextends: acme/policies/a.yml@main\n', LOCAL, LOCAL, options)),
    ).toEqual([
      'acme/policies/b.yml@main:2: extends: Acme/Policies/a.yml@main makes a cycle (acme/policies/a.yml@main → acme/policies/b.yml@main → acme/policies/a.yml@main): a shared policy cannot extend itself, directly or through another',
    ]);
  });

  it('refuses a reference that names no file, at the extends line', async () => {
    const options = folder({});
    const [message] = await problems(
      buildPolicy('# org policy\nversion: 1\nextends: acme/policies/missing.yml@v1\n', LOCAL, LOCAL, options),
    );
    expect(message).toMatch(
      /^\.github\/rollout-guard\.yml:3: acme\/policies\/missing\.yml@v1: no file .*acme\/policies\/missing\.yml \(--shared-policy-dir holds OWNER\/REPO\/PATH/,
    );
  });

  it('refuses a shared policy that is not valid, with its own positions', async () => {
    const options = folder({
      'acme/policies/org.yml': 'version: 1\ndefaults:\n  canary: { minStages: many }\n',
    });
    const [message] = await problems(
      buildPolicy('version: 1\nextends: acme/policies/org.yml@v1\n', LOCAL, LOCAL, options),
    );
    expect(message).toMatch(/^acme\/policies\/org\.yml@v1:3: /);
  });

  it('fails closed when shared policies cannot be read here, and says how to read them', async () => {
    expect(
      await problems(
        buildPolicy('version: 1\nextends: acme/policies/org.yml@v1\n', LOCAL, LOCAL, {
          unreadable: 'set GITHUB_TOKEN, or pass --shared-policy-dir',
        }),
      ),
    ).toEqual([
      `${LOCAL}:2: acme/policies/org.yml@v1 cannot be read here: set GITHUB_TOKEN, or pass --shared-policy-dir`,
    ]);
  });

  it('imposes a shared policy where the repository has none, and under the one it has', async () => {
    const options = {
      ...folder({ 'acme/policies/org.yml': 'version: 1\ndefaults:\n  canary: { minStages: 3 }\n' }),
      impose: 'acme/policies/org.yml@v1',
    };
    const imposed = await buildPolicy(undefined, LOCAL, `${LOCAL}@abc`, options);
    expect(imposed.defaultEnvironment.canary.minStages).toBe(3);
    expect(imposed.source).toBe(`acme/policies/org.yml@v1 (imposed; ${LOCAL} is absent)`);
    expect(imposed.shared).toEqual(['acme/policies/org.yml@v1']);

    const tighter = await buildPolicy(
      'version: 1\ndefaults:\n  canary: { minStages: 4 }\n',
      LOCAL,
      LOCAL,
      options,
    );
    expect(tighter.defaultEnvironment.canary.minStages).toBe(4);
    expect(
      await problems(
        buildPolicy('version: 1\ndefaults:\n  canary: { minStages: 1 }\n', LOCAL, LOCAL, options),
      ),
    ).toEqual([
      expect.stringMatching(
        /^\.github\/rollout-guard\.yml:3: defaults\.canary\.minStages: .* sets 3; 1 here/,
      ),
    ]);
  });
});

describe('githubPolicySource', () => {
  async function source(overrides: Partial<FakeScenario>) {
    const fake = await startFakeGitHub(fakeScenario(overrides));
    servers.push(fake);
    return {
      fake,
      shared: githubPolicySource(
        createClient('t', { baseUrl: fake.url, maxRetries: 0, retryAfterBaseMs: 1 }),
      ),
    };
  }

  it('reads the file at the ref from the other repository, in one request', async () => {
    const { fake, shared } = await source({
      otherRepositories: { 'acme/policies': { v3: { 'org/rollout-guard.yml': 'version: 1\n' } } },
    });
    const policy = await buildPolicy(
      'version: 1\nextends: acme/policies/org/rollout-guard.yml@v3\n',
      LOCAL,
      LOCAL,
      { shared },
    );
    expect(policy.shared).toEqual(['acme/policies/org/rollout-guard.yml@v3']);
    expect(fake.requests.map((r) => `${r.route} ${decodeURIComponent(r.path)} ${r.query.ref}`)).toEqual([
      'contents /repos/acme/policies/contents/org/rollout-guard.yml v3',
    ]);
  });

  it('fails closed on a 404 (a missing ref, or a private repository the token cannot see) and on a 403', async () => {
    const missing = await source({ otherRepositories: { 'acme/policies': { v3: {} } } });
    expect(
      await problems(
        buildPolicy('version: 1\nextends: acme/policies/org.yml@v3\n', LOCAL, LOCAL, {
          shared: missing.shared,
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^\.github\/rollout-guard\.yml:2: acme\/policies\/org\.yml@v3: not found \(404\): check the owner, repository, path and ref, and that the token can read acme\/policies .*shared-policy-token/,
      ),
    ]);
    const refused = await source({ otherRepositories: { 'acme/policies': 403 } });
    expect(
      await problems(
        buildPolicy('version: 1\nextends: acme/policies/org.yml@v3\n', LOCAL, LOCAL, {
          shared: refused.shared,
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /acme\/policies\/org\.yml@v3: reading it was refused \(403\): a private or internal repository needs a token/,
      ),
    ]);
  });
});
