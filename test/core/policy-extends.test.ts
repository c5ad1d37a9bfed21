import { describe, expect, it } from 'vitest';
import { isPinned, mergeShared, parseReference } from '../../src/core/policy-extends.js';
import { readPolicyFile, resolvePolicy } from '../../src/core/policy.js';
import type { PolicyFile } from '../../src/core/policy.js';

const SHARED_NAME = 'acme/policies/rollout-guard.yml@v3';

const SHARED = `version: 1
manifests:
  exclude: ["**/test/**"]
protectedPaths: [".github/workflows/**"]
content:
  - name: flags
    paths: ["flags/**"]
defaults:
  canary:
    minStages: 2
    maxInitialWeight: 25
    minHold: 5m
  rollback: automatic-or-documented
environments:
  - name: production
    match: { paths: ["**/prod/**"] }
    canary: { minStages: 3, minHold: 10m }
    rollback: automatic
    evidence: { checks: [e2e] }
  - name: development
    match: { paths: ["**/dev/**"] }
    canary: { required: false }
    rollback: none
    evidence: { required: false }
rules:
  canary/min-hold: error
approvers:
  teams: [acme/platform, acme/sre]
exemptions:
  allowLocal: false
`;

function file(text: string): PolicyFile {
  const read = readPolicyFile(text, 'x.yml');
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
  return read.data;
}

function merge(local: string) {
  const read = readPolicyFile(local, '.github/rollout-guard.yml');
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
  return mergeShared(file(SHARED), SHARED_NAME, {
    data: read.data,
    file: '.github/rollout-guard.yml',
    lineOf: read.lineOf,
  });
}

function merged(local: string) {
  const result = merge(local);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return resolvePolicy(result.data, 'merged');
}

function refused(local: string): string[] {
  const result = merge(local);
  if (result.ok) throw new Error('expected the merge to be refused');
  return result.errors.map((e) => `${e.line}: ${e.message}`);
}

describe('parseReference', () => {
  it('reads OWNER/REPO/PATH@REF and refuses anything else', () => {
    expect(parseReference('acme/policies/org/rollout-guard.yml@v3')).toEqual({
      owner: 'acme',
      repo: 'policies',
      path: 'org/rollout-guard.yml',
      ref: 'v3',
      text: 'acme/policies/org/rollout-guard.yml@v3',
    });
    expect(parseReference('acme/policies/rollout-guard.yml')).toBeUndefined();
    expect(parseReference('acme/policies/../secrets.yml@main')).toBeUndefined();
    expect(parseReference('acme/policies/README.md@main')).toBeUndefined();
  });

  it('calls a commit SHA or a version tag pinned, a branch not', () => {
    expect(isPinned(parseReference(`a/b/p.yml@${'a'.repeat(40)}`)!)).toBe(true);
    expect(isPinned(parseReference('a/b/p.yml@v3.1')!)).toBe(true);
    expect(isPinned(parseReference('a/b/p.yml@main')!)).toBe(false);
  });
});

describe('mergeShared: a repository may tighten the shared policy', () => {
  it('inherits everything it does not set', () => {
    const policy = merged('version: 1\n');
    expect(policy.environments.map((e) => e.name)).toEqual(['production', 'development']);
    expect(policy.environments[0]?.canary.minStages).toBe(3);
    expect(policy.exemptions.allowLocal).toBe(false);
    expect(policy.approvers.teams).toEqual(['acme/platform', 'acme/sre']);
  });

  it('tightens scalars, adds to what is judged, and keeps the shared entries of additive lists', () => {
    const policy = merged(`version: 1
manifests:
  include: ["ops/**/*.yaml"]
protectedPaths: ["deploy/policy/**"]
content:
  - name: flags
    paths: ["config/flags/**"]
  - name: banners
    paths: ["banners/**"]
defaults:
  canary: { minStages: 3, maxInitialWeight: 10, minHold: 10m, gateCountsAsHold: false }
  rollback: documented
environments:
  - name: production
    match: { paths: ["clusters/live/**"] }
    canary: { minStages: 4, namedStages: [canary] }
    evidence: { checks: [smoke] }
  - name: qa
    match: { paths: ["**/qa/**"] }
rules:
  manifest/unsupported: error
approvers:
  teams: [acme/sre]
`);
    expect(policy.manifests.include).toEqual(
      expect.arrayContaining(['ops/**/*.yaml', '**/*.rollout.{yaml,yml}']),
    );
    expect(policy.protectedPaths).toEqual(['.github/workflows/**', 'deploy/policy/**']);
    expect(policy.content).toEqual([
      { name: 'flags', paths: ['flags/**', 'config/flags/**'] },
      { name: 'banners', paths: ['banners/**'] },
    ]);
    expect(policy.defaultEnvironment.canary).toMatchObject({
      minStages: 3,
      maxInitialWeight: 10,
      minHoldSeconds: 600,
    });
    const [production, development, qa] = policy.environments;
    expect(production?.match?.paths).toEqual(['**/prod/**', 'clusters/live/**']);
    expect(production?.canary).toMatchObject({ minStages: 4, namedStages: ['canary'] });
    expect(production?.evidence.checks).toEqual(['e2e', 'smoke']);
    expect(production?.rollback).toBe('automatic');
    expect(development?.canary.required).toBe(false);
    // The repository's own environment comes after the shared ones, and is at least as strict as
    // the shared defaults: here it inherits the tightened defaults.
    expect(qa?.name).toBe('qa');
    expect(qa?.canary.minStages).toBe(3);
    expect(policy.rules['manifest/unsupported']).toEqual({ level: 'error' });
    expect(policy.approvers.teams).toEqual(['acme/sre']);
  });
});

describe('mergeShared: a loosening is refused, naming the key and both values', () => {
  it('in the defaults', () => {
    expect(refused('version: 1\ndefaults:\n  canary:\n    minStages: 1\n    maxInitialWeight: 50\n')).toEqual(
      [
        `4: defaults.canary.minStages: the shared policy ${SHARED_NAME} sets 2; 1 here would loosen it (a repository may tighten the policy it extends, never loosen it)`,
        `5: defaults.canary.maxInitialWeight: the shared policy ${SHARED_NAME} sets 25; 50 here would loosen it (a repository may tighten the policy it extends, never loosen it)`,
      ],
    );
  });

  it('in a shared environment, and in its rollback and evidence', () => {
    const messages = refused(`version: 1
environments:
  - name: production
    match: { paths: ["x/**"] }
    canary: { required: false, minHold: 1m }
    rollback: documented
    evidence: { required: false }
`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^5: environments\[production\]\.canary\.required: the shared policy .* sets true; false here/,
      ),
      expect.stringMatching(/^5: environments\[production\]\.canary\.minHold: .* sets 10m; 1m here/),
      expect.stringMatching(/^6: environments\[production\]\.rollback: .* sets automatic; documented here/),
      expect.stringMatching(/^7: environments\[production\]\.evidence\.required: .* sets true; false here/),
      // Looser than even development now, its new path would take files from a stricter environment.
      expect.stringMatching(
        /^4: environments\[production\]\.match: .* from environment development, which is stricter \(canary\.minHold\)/,
      ),
    ]);
  });

  it('an environment of its own that is looser than the shared defaults', () => {
    expect(
      refused(`version: 1
environments:
  - name: sandbox
    match: { paths: ["sandbox/**"] }
    canary: { required: false }
`),
    ).toEqual([
      expect.stringMatching(
        /^3: environments\[sandbox\]\.canary\.required: an environment of this repository's own takes files the shared policy judges with its defaults, which set true; false would loosen it$/,
      ),
    ]);
  });

  it('more paths for a shared environment that is looser than what those files get otherwise', () => {
    expect(
      refused(`version: 1
environments:
  - name: development
    match: { paths: ["deploy/prod-eu/**"] }
`),
    ).toEqual([
      expect.stringMatching(
        /^4: environments\[development\]\.match: adding paths, namespaces or targets to the shared environment development would move files from the defaults, which is stricter \(canary\.required, .*\), to a looser one/,
      ),
    ]);
  });

  it('rules, exemptions, exclusions, approvers and evidence', () => {
    const messages = refused(`version: 1
manifests:
  exclude: ["**/test/**", "legacy/**"]
evidence:
  unverified: accept
  allowedHosts: [github.com, ci.example.com]
rules:
  canary/min-hold: warning
  canary/analysis: { level: error, enforceFrom: 2099-01-01 }
approvers:
  users: [mallory]
exemptions:
  allowLocal: true
`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^3: manifests\.exclude: .* sets \[\*\*\/test\/\*\*\]; \[\*\*\/test\/\*\*, legacy\/\*\*\] here/,
      ),
      expect.stringMatching(
        /^6: evidence\.allowedHosts: .* sets \[github\.com, \*\.githubusercontent\.com\]; \[github\.com, ci\.example\.com\] here/,
      ),
      expect.stringMatching(/^5: evidence\.unverified: .* sets warn; accept here/),
      expect.stringMatching(/^8: rules\.canary\/min-hold: .* sets error; warning here/),
      expect.stringMatching(/^9: rules\.canary\/analysis: .* sets error; error from 2099-01-01 here/),
      expect.stringMatching(/^11: approvers\.users: .* sets \[\] \(none\); \[mallory\] here/),
      expect.stringMatching(/^13: exemptions\.allowLocal: .* sets false; true here/),
    ]);
  });

  it('lets a repository enforce a rule sooner, but not later', () => {
    const shared = file('version: 1\nrules:\n  evidence/checks: { level: error, enforceFrom: 2027-03-01 }\n');
    const local = (text: string) => {
      const read = readPolicyFile(text, 'l.yml');
      if (!read.ok) throw new Error('bad');
      return mergeShared(shared, SHARED_NAME, { data: read.data, file: 'l.yml', lineOf: read.lineOf }).ok;
    };
    expect(local('version: 1\nrules:\n  evidence/checks: { level: error, enforceFrom: 2027-01-01 }\n')).toBe(
      true,
    );
    expect(local('version: 1\nrules:\n  evidence/checks: error\n')).toBe(true);
    expect(local('version: 1\nrules:\n  evidence/checks: { level: error, enforceFrom: 2027-06-01 }\n')).toBe(
      false,
    );
  });
});
