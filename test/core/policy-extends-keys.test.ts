import { describe, expect, it } from 'vitest';
import { mergeShared, parseReference, referenceKey, isPinned } from '../../src/core/policy-extends.js';
import { readPolicyFile, resolvePolicy } from '../../src/core/policy.js';
import type { Policy, PolicyFile } from '../../src/core/policy.js';

// Every key a repository can loosen, one at a time, against a shared policy that sets each of them
// strictly: the value at the shared one's edge is accepted, one step past it is refused at its line.

const SHARED_NAME = 'acme/policies/strict.yml@v1';

const STRICT = `version: 1
manifests:
  maxFileBytes: 100000
defaults:
  canary:
    strategies: [canary, linear]
    minStages: 3
    maxInitialWeight: 20
    maxStepIncrease: 30
    minHold: 10m
    gateCountsAsHold: false
    namedStages: [canary, bake]
  rollback: automatic
  evidence: { required: true, checks: [e2e] }
environments:
  - name: production
    match: { paths: ["prod/**"] }
pullRequest:
  rollbackHeadings: [Rollback plan, Rollback]
  evidenceHeadings: [Test evidence, Testing]
  minSectionLength: 40
evidence:
  allowedHosts: [github.com]
  paths: ["evidence/**"]
  repositories: [acme/e2e]
  unverified: reject
  checkApp: github-actions
approvers:
  users: [Alice]
  teams: [acme/sre]
breakGlass:
  label: emergency
  rules: [canary/min-stages]
rules:
  manifest/unsupported: warning
exemptions:
  allowLocal: false
`;

function read(text: string, name: string) {
  const result = readPolicyFile(text, name);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result;
}

/** The repository's problems as `line: message`, or [] when the merge is accepted. */
function problems(local: string, shared = STRICT): string[] {
  const own = read(local, 'local.yml');
  const result = mergeShared(read(shared, 'shared.yml').data, SHARED_NAME, {
    data: own.data,
    file: 'local.yml',
    lineOf: own.lineOf,
  });
  return result.ok ? [] : result.errors.map((e) => `${e.line}: ${e.message}`);
}

function mergedPolicy(local: string, shared = STRICT): Policy {
  const own = read(local, 'local.yml');
  const result = mergeShared(read(shared, 'shared.yml').data, SHARED_NAME, {
    data: own.data,
    file: 'local.yml',
    lineOf: own.lineOf,
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return resolvePolicy(result.data as PolicyFile, 'merged');
}

const refusal = (key: string, shared: string, local: string) =>
  `${key}: the shared policy ${SHARED_NAME} sets ${shared}; ${local} here would loosen it (a repository may tighten the policy it extends, never loosen it)`;

describe('a repository may keep or tighten every key of a strict shared policy', () => {
  it('accepts the shared values written again', () => {
    expect(problems(STRICT)).toEqual([]);
  });

  it.each([
    ['canary strategies, fewer', 'defaults:\n  canary:\n    strategies: [canary]\n'],
    ['minStages, more', 'defaults:\n  canary:\n    minStages: 4\n'],
    ['maxInitialWeight, less', 'defaults:\n  canary:\n    maxInitialWeight: 19\n'],
    ['maxStepIncrease, less', 'defaults:\n  canary:\n    maxStepIncrease: 29\n'],
    ['minHold, longer', 'defaults:\n  canary:\n    minHold: 1h\n'],
    ['namedStages, with one more between', 'defaults:\n  canary:\n    namedStages: [canary, soak, bake]\n'],
    ['manifests.maxFileBytes, smaller', 'manifests:\n  maxFileBytes: 99999\n'],
    [
      'pull request headings, fewer',
      'pullRequest:\n  rollbackHeadings: [Rollback]\n  evidenceHeadings: [Testing]\n',
    ],
    ['minSectionLength, longer', 'pullRequest:\n  minSectionLength: 41\n'],
    ['evidence lists, fewer', 'evidence:\n  allowedHosts: []\n  paths: []\n  repositories: []\n'],
    ['approvers, in another case', 'approvers:\n  users: [alice]\n  teams: [ACME/SRE]\n'],
    ['breakGlass rules, none', 'breakGlass:\n  rules: []\n'],
    ['a rule at a higher level', 'rules:\n  manifest/unsupported: error\n'],
    ['a rule at the same level', 'rules:\n  manifest/unsupported: warning\n'],
    ['an error rule enforced from a date', 'rules:\n  manifest/invalid: { level: error }\n'],
  ])('%s', (_, local) => {
    expect(problems(`version: 1\n${local}`)).toEqual([]);
  });
});

describe('a repository cannot loosen any key of a strict shared policy', () => {
  it.each([
    ['defaults:\n  canary:\n    required: false\n', 4, 'defaults.canary.required', 'true', 'false'],
    [
      'defaults:\n  canary:\n    strategies: [canary, linear, blue-green]\n',
      4,
      'defaults.canary.strategies',
      '[canary, linear]',
      '[canary, linear, blue-green]',
    ],
    ['defaults:\n  canary:\n    minStages: 2\n', 4, 'defaults.canary.minStages', '3', '2'],
    ['defaults:\n  canary:\n    maxInitialWeight: 21\n', 4, 'defaults.canary.maxInitialWeight', '20', '21'],
    ['defaults:\n  canary:\n    maxStepIncrease: 31\n', 4, 'defaults.canary.maxStepIncrease', '30', '31'],
    ['defaults:\n  canary:\n    minHold: 599s\n', 4, 'defaults.canary.minHold', '10m', '599s'],
    ['defaults:\n  canary:\n    minHold: 0\n', 4, 'defaults.canary.minHold', '10m', '0s'],
    [
      'defaults:\n  canary:\n    gateCountsAsHold: true\n',
      4,
      'defaults.canary.gateCountsAsHold',
      'false',
      'true',
    ],
    [
      'defaults:\n  canary:\n    requireAnalysis: false\n',
      4,
      'defaults.canary.requireAnalysis',
      'true',
      'false',
    ],
    ['defaults:\n  canary:\n    noRegression: false\n', 4, 'defaults.canary.noRegression', 'true', 'false'],
    [
      'defaults:\n  canary:\n    protectDeletion: false\n',
      4,
      'defaults.canary.protectDeletion',
      'true',
      'false',
    ],
    [
      'defaults:\n  canary:\n    namedStages: [bake, canary]\n',
      4,
      'defaults.canary.namedStages',
      '[canary, bake]',
      '[bake, canary]',
    ],
    [
      'defaults:\n  canary:\n    namedStages: [canary]\n',
      4,
      'defaults.canary.namedStages',
      '[canary, bake]',
      '[canary]',
    ],
    [
      'defaults:\n  rollback: automatic-or-documented\n',
      3,
      'defaults.rollback',
      'automatic',
      'automatic-or-documented',
    ],
    ['defaults:\n  rollback: documented\n', 3, 'defaults.rollback', 'automatic', 'documented'],
    ['defaults:\n  evidence:\n    required: false\n', 4, 'defaults.evidence.required', 'true', 'false'],
    ['manifests:\n  maxFileBytes: 100001\n', 3, 'manifests.maxFileBytes', '100000', '100001'],
    [
      'pullRequest:\n  rollbackHeadings: [Rollback plan, Undo]\n',
      3,
      'pullRequest.rollbackHeadings',
      '[Rollback plan, Rollback]',
      '[Rollback plan, Undo]',
    ],
    [
      'pullRequest:\n  evidenceHeadings: [QA]\n',
      3,
      'pullRequest.evidenceHeadings',
      '[Test evidence, Testing]',
      '[QA]',
    ],
    ['pullRequest:\n  minSectionLength: 39\n', 3, 'pullRequest.minSectionLength', '40', '39'],
    [
      'evidence:\n  allowedHosts: [github.com, ci.example.com]\n',
      3,
      'evidence.allowedHosts',
      '[github.com]',
      '[github.com, ci.example.com]',
    ],
    ['evidence:\n  paths: ["**"]\n', 3, 'evidence.paths', '[evidence/**]', '[**]'],
    ['evidence:\n  repositories: [mallory/e2e]\n', 3, 'evidence.repositories', '[acme/e2e]', '[mallory/e2e]'],
    ['evidence:\n  checkApp: my-app\n', 3, 'evidence.checkApp', 'github-actions', 'my-app'],
    ['evidence:\n  unverified: warn\n', 3, 'evidence.unverified', 'reject', 'warn'],
    ['evidence:\n  freshness: unchanged\n', 3, 'evidence.freshness', 'head', 'unchanged'],
    ['evidence:\n  trustForkRuns: true\n', 3, 'evidence.trustForkRuns', 'false', 'true'],
    ['approvers:\n  users: [alice, bob]\n', 3, 'approvers.users', '[Alice]', '[alice, bob]'],
    ['approvers:\n  teams: [acme/dev]\n', 3, 'approvers.teams', '[acme/sre]', '[acme/dev]'],
    ['breakGlass:\n  label: hotfix\n', 3, 'breakGlass.label', 'emergency', 'hotfix'],
    [
      'breakGlass:\n  rules: [canary/min-stages, rollback/missing]\n',
      3,
      'breakGlass.rules',
      '[canary/min-stages]',
      '[canary/min-stages, rollback/missing]',
    ],
    ['rules:\n  manifest/unsupported: notice\n', 3, 'rules.manifest/unsupported', 'warning', 'notice'],
    ['rules:\n  manifest/invalid: off\n', 3, 'rules.manifest/invalid', 'error', 'off'],
    [
      'rules:\n  manifest/invalid: { level: error, enforceFrom: 2030-01-01 }\n',
      3,
      'rules.manifest/invalid',
      'error',
      'error from 2030-01-01',
    ],
    ['exemptions:\n  allowLocal: true\n', 3, 'exemptions.allowLocal', 'false', 'true'],
  ])('%j', (local, line, key, shared, value) => {
    expect(problems(`version: 1\n${local}`)).toEqual([`${line}: ${refusal(key, shared, value)}`]);
  });

  it('says a loosening once, though the defaults and a shared environment both inherit it', () => {
    // production sets no minStages of its own: it gets the defaults', and loosens with them.
    expect(problems('version: 1\ndefaults:\n  canary:\n    minStages: 1\n')).toEqual([
      `4: ${refusal('defaults.canary.minStages', '3', '1')}`,
    ]);
  });

  it('points at the shared environment’s own entry when the repository loosens it there', () => {
    // The entry restates the shared environment's match, as the schema asks: that adds no files.
    expect(
      problems(
        'version: 1\nenvironments:\n  - name: production\n    match: { paths: ["prod/**"] }\n    canary:\n      minStages: 2\n',
      ),
    ).toEqual([`6: ${refusal('environments[production].canary.minStages', '3', '2')}`]);
  });

  it('formats hold durations in the largest whole unit', () => {
    const hours = 'version: 1\ndefaults:\n  canary:\n    minHold: 2h\n';
    expect(problems('version: 1\ndefaults:\n  canary:\n    minHold: 1h\n', hours)).toEqual([
      `4: ${refusal('defaults.canary.minHold', '2h', '1h')}`,
    ]);
    expect(problems('version: 1\ndefaults:\n  canary:\n    minHold: 90\n', hours)).toEqual([
      `4: ${refusal('defaults.canary.minHold', '2h', '90s')}`,
    ]);
    expect(
      problems(
        'version: 1\ndefaults:\n  canary:\n    minHold: 3600s\n',
        'version: 1\ndefaults:\n  canary:\n    minHold: 61m\n',
      ),
    ).toEqual([`4: ${refusal('defaults.canary.minHold', '61m', '1h')}`]);
  });
});

describe('rollback requirements, from none to automatic', () => {
  const withRollback = (value: string) => `version: 1\ndefaults:\n  rollback: ${value}\n`;
  it.each([
    ['none', 'none', true],
    ['none', 'documented', true],
    ['automatic-or-documented', 'automatic', true],
    ['automatic-or-documented', 'documented', true],
    ['automatic-or-documented', 'automatic-or-documented', true],
    ['automatic-or-documented', 'none', false],
    ['automatic', 'documented', false],
    ['documented', 'automatic', false],
    ['documented', 'automatic-or-documented', false],
    ['documented', 'documented', true],
  ])('shared %s, repository %s: accepted %s', (shared, local, accepted) => {
    expect(problems(withRollback(local), withRollback(shared)).length === 0).toBe(accepted);
  });
});

describe('where a loosening is pointed at', () => {
  it('at the defaults, when the shared environment’s entry here does not set the key', () => {
    const local = `version: 1
defaults:
  canary:
    minStages: 1
environments:
  - name: production
    match: { paths: ["prod/**"] }
    canary: { maxInitialWeight: 10 }
`;
    expect(problems(local)).toEqual([`4: ${refusal('defaults.canary.minStages', '3', '1')}`]);
  });
});

describe('what the shared policy leaves loose', () => {
  it('lets a repository keep runs of older commits as evidence when the shared policy does', () => {
    const shared = 'version: 1\nevidence:\n  freshness: unchanged\n';
    expect(problems('version: 1\nevidence:\n  freshness: unchanged\n', shared)).toEqual([]);
    expect(problems('version: 1\nevidence:\n  freshness: head\n', shared)).toEqual([]);
  });

  it('lets a repository enforce a rule from the same day as the shared policy', () => {
    const shared = 'version: 1\nrules:\n  evidence/checks: { level: error, enforceFrom: 2027-03-01 }\n';
    expect(problems(shared, shared)).toEqual([]);
  });
});

describe('what the shared policy does not set', () => {
  it('lets a repository name its break-glass label when the shared policy names none', () => {
    expect(problems('version: 1\nbreakGlass:\n  label: hotfix\n', 'version: 1\n')).toEqual([]);
  });

  it('lets a repository warn of a rule sooner or later when the shared policy leaves it a warning', () => {
    expect(
      problems(
        'version: 1\nrules:\n  canary/min-hold: { level: error, enforceFrom: 2030-01-01 }\n',
        'version: 1\nrules:\n  canary/min-hold: warning\n',
      ),
    ).toEqual([]);
  });
});

describe('environments of the repository’s own', () => {
  it('come after the shared ones, and are refused at their name when looser than the shared defaults', () => {
    const local = `version: 1
environments:
  - name: sandbox
    match: { paths: ["sandbox/**"] }
    canary: { minStages: 2, maxInitialWeight: 50 }
`;
    expect(problems(local)).toEqual([
      "3: environments[sandbox].canary.minStages: an environment of this repository's own takes files the shared policy judges with its defaults, which set 3; 2 would loosen it",
      "3: environments[sandbox].canary.maxInitialWeight: an environment of this repository's own takes files the shared policy judges with its defaults, which set 20; 50 would loosen it",
    ]);
  });

  it('may widen a shared environment that is at least as strict as everything after it', () => {
    const policy = mergedPolicy(`version: 1
environments:
  - name: production
    match: { namespaces: [live], targets: [api] }
    canary: { minStages: 4 }
`);
    expect(policy.environments.map((e) => [e.name, e.match])).toEqual([
      ['production', { paths: ['prod/**'], namespaces: ['live'], targets: ['api'] }],
    ]);
    expect(policy.environments[0]?.canary.minStages).toBe(4);
  });

  it('names the stricter shared environment a widened one would take files from', () => {
    const shared = `version: 1
environments:
  - name: lab
    match: { paths: ["lab/**"] }
    canary: { required: false }
  - name: production
    match: { paths: ["prod/**"] }
    canary: { minStages: 4 }
`;
    expect(
      problems('version: 1\nenvironments:\n  - name: lab\n    match: { targets: [api] }\n', shared),
    ).toEqual([
      "4: environments[lab].match: adding paths, namespaces or targets to the shared environment lab would move files from environment production, which is stricter (canary.required, canary.minStages), to a looser one; give them an environment of this repository's own instead",
    ]);
  });
});

describe('merging lists', () => {
  it('keeps the shared entries of what is judged, and the shared order of environments', () => {
    const shared = `version: 1
manifests:
  include: ["deploy/**/*.yaml"]
protectedPaths: [policy/**]
content:
  - name: flags
    paths: ["flags/**"]
environments:
  - name: production
    match: { paths: ["prod/**"] }
    evidence: { checks: [e2e] }
  - name: staging
    match: { paths: ["staging/**"] }
`;
    const policy = mergedPolicy(
      `version: 1
manifests:
  include: ["deploy/**/*.yaml", "ops/**/*.yaml"]
protectedPaths: [policy/**, ci/**]
content:
  - name: flags
    paths: ["flags/**", "toggles/**"]
environments:
  - name: staging
    match: { paths: ["staging/**"] }
    evidence: { checks: [smoke] }
  - name: production
    match: { paths: ["prod/**"] }
    evidence: { checks: [e2e, load] }
`,
      shared,
    );
    expect(policy.manifests.include).toEqual(['deploy/**/*.yaml', 'ops/**/*.yaml']);
    expect(policy.protectedPaths).toEqual(['policy/**', 'ci/**']);
    expect(policy.content).toEqual([{ name: 'flags', paths: ['flags/**', 'toggles/**'] }]);
    expect(policy.environments.map((e) => [e.name, e.evidence.checks])).toEqual([
      ['production', ['e2e', 'load']],
      ['staging', ['smoke']],
    ]);
  });

  it('keeps the shared lists when the repository does not write them', () => {
    const shared =
      'version: 1\nmanifests:\n  include: ["deploy/**"]\n  exclude: ["deploy/test/**"]\nprotectedPaths: [policy/**]\n';
    const policy = mergedPolicy('version: 1\nmanifests:\n  maxFileBytes: 4096\n', shared);
    expect(policy.manifests).toEqual({
      include: ['deploy/**'],
      exclude: ['deploy/test/**'],
      maxFileBytes: 4096,
    });
    expect(policy.protectedPaths).toEqual(['policy/**']);
  });
});

describe('references to a shared policy', () => {
  it.each([
    ['acme/policies/rollout-guard.yaml@main', true],
    ['  acme/policies/rollout-guard.yml@v1  ', true],
    ['acme-corp/pol.icies_x/a/b/c.yml@release/1', true],
    ['-acme/policies/p.yml@main', false],
    ['acme/policies/p.yml@', false],
    ['acme/policies/p.yml@a@b', false],
    ['acme/policies/p.json@main', false],
    ['acme/policies//p.yml@main', false],
    ['acme/policies/./p.yml@main', false],
    ['acme/policies/p.yml@ma in', false],
    ['acme/p.yml@main', false],
  ])('%j is a reference: %s', (text, valid) => {
    expect(parseReference(text) !== undefined).toBe(valid);
  });

  it('keeps the text as written, trimmed', () => {
    expect(parseReference('  acme/policies/p.yml@v1 ')?.text).toBe('acme/policies/p.yml@v1');
  });

  it('is the same reference whatever the case of owner and repository, not of path or ref', () => {
    const key = (text: string) => referenceKey(parseReference(text)!);
    expect(key('Acme/Policies/p.yml@v1')).toBe(key('acme/policies/p.yml@v1'));
    expect(key('acme/policies/P.yml@v1')).not.toBe(key('acme/policies/p.yml@v1'));
    expect(key('acme/policies/p.yml@V1')).not.toBe(key('acme/policies/p.yml@v1'));
    expect(key('Acme/Policies/dir/p.yml@v1')).toBe('acme/policies/dir/p.yml@v1');
  });

  it.each([
    ['0123456789abcdef0123456789ABCDEF01234567', true],
    ['0123456789abcdef0123456789abcdef0123456', false],
    ['0123456789abcdef0123456789abcdef012345678', false],
    ['v1', true],
    ['1.2.3', true],
    ['v1.2.3', true],
    ['v10.20.30', true],
    ['2024', true],
    ['v1.2.3.4', false],
    ['v1-beta', false],
    ['release-v1', false],
    ['main', false],
  ])('a ref %s is pinned: %s', (ref, pinned) => {
    expect(isPinned(parseReference(`acme/policies/p.yml@${ref}`)!)).toBe(pinned);
  });
});

describe('tightening a shared environment that is looser than the defaults', () => {
  const shared = `version: 1
environments:
  - name: development
    match: { paths: ["dev/**"] }
    canary: { required: false }
`;

  it('is accepted when the entry restates the shared match', () => {
    const local =
      'version: 1\nenvironments:\n  - name: development\n    match: { paths: ["dev/**"] }\n    canary: { minHold: 10m }\n';
    expect(problems(local, shared)).toEqual([]);
    expect(mergedPolicy(local, shared).environments[0]?.canary.minHoldSeconds).toBe(600);
  });

  it.each([
    ['a path', '{ paths: ["dev/**", "sandbox/**"] }'],
    ['a namespace', '{ paths: ["dev/**"], namespaces: [dev] }'],
    ['a target', '{ targets: [api] }'],
  ])('is refused when the entry adds %s', (_, match) => {
    const local = `version: 1\nenvironments:\n  - name: development\n    match: ${match}\n`;
    expect(problems(local, shared)).toEqual([
      expect.stringMatching(
        /^4: environments\[development\]\.match: adding paths, namespaces or targets to the shared environment development would move files from the defaults/,
      ),
    ]);
  });
});
