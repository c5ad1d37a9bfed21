/**
 * One policy for an organisation: a repository's policy `extends` a shared one, and may tighten
 * it but never loosen it. Pure: the sources read the files, this merges them and says what loosens.
 *
 * How the two combine, key by key (the shared policy first, the repository's on top):
 * - scalars: the repository's value, which must be at least as strict (a higher `minStages`, a
 *   lower `maxInitialWeight`, `required: true` over false, `rollback: automatic` over `none`…);
 * - lists that widen what is judged (`manifests.include`, `protectedPaths`, `content`, the
 *   `evidence.checks` of an environment): both, so nothing the shared policy lists is dropped;
 * - lists that widen what passes (`manifests.exclude`, `strategies`, `evidence.allowedHosts`,
 *   `approvers`, `breakGlass.rules`, the pull request headings…): the repository's, which may only
 *   leave entries out; `namedStages` must keep the shared ones, in order;
 * - `environments`: the shared ones first, in their order, each tightened by the repository's
 *   entry of the same name; the repository's own come after them, and must be at least as strict as
 *   the shared `defaults` (they only catch what the shared policy judged with its defaults); a
 *   repository may add paths, namespaces or targets to a shared environment only when that
 *   environment is at least as strict as every one after it and as the defaults;
 * - `rules`: each rule at least at the shared level, and enforced no later;
 * - `exemptions.allowLocal`: once the shared policy says false, it stays false.
 */
import type { ConfigError } from './config-yaml.js';
import { RULE_IDS } from './model.js';
import type { Level, RuleId } from './model.js';
import { resolvePolicy } from './policy.js';
import type {
  EnvironmentFile,
  EnvironmentPolicy,
  EnvironmentRulesFile,
  Policy,
  PolicyFile,
  RollbackRequirement,
} from './policy.js';
import { ruleMeta } from './rules/catalogue.js';

/** `OWNER/REPO/PATH@REF`: a policy file in another repository, at a ref. */
export interface PolicyReference {
  owner: string;
  repo: string;
  path: string;
  ref: string;
  /** As written. */
  text: string;
}

const REFERENCE = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@\s]+\.ya?ml)@([^@\s]+)$/;

export function parseReference(text: string): PolicyReference | undefined {
  const match = REFERENCE.exec(text.trim());
  if (!match) return undefined;
  const [, owner = '', repo = '', path = '', ref = ''] = match;
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return { owner, repo, path, ref, text: text.trim() };
}

/** The same reference whatever the case of owner and repository (GitHub ignores it). */
export function referenceKey(reference: PolicyReference): string {
  return `${reference.owner.toLowerCase()}/${reference.repo.toLowerCase()}/${reference.path}@${reference.ref}`;
}

/** Whether a ref pins one version: a full commit SHA, or a tag that looks like a version. */
export function isPinned(reference: PolicyReference): boolean {
  return /^[0-9a-f]{40}$/i.test(reference.ref) || /^v?\d+(\.\d+){0,2}$/.test(reference.ref);
}

export interface LocalPolicy {
  data: PolicyFile;
  /** The file the repository's policy was read from, for the position of each problem. */
  file: string;
  lineOf: (path: (string | number)[]) => number;
}

export type MergeResult = { ok: true; data: PolicyFile } | { ok: false; errors: ConfigError[] };

/**
 * The repository's policy on top of the shared one (both as written; the shared one with its own
 * `extends` already merged), or every place where the repository loosens it.
 */
export function mergeShared(shared: PolicyFile, sharedName: string, local: LocalPolicy): MergeResult {
  const sharedPolicy = resolvePolicy(shared, sharedName);
  const data = mergeFiles(shared, sharedPolicy, local.data);
  const merged = resolvePolicy(data, local.file);
  const problems = loosenings(sharedPolicy, merged, shared, local.data);
  if (problems.length === 0) return { ok: true, data };
  const seen = new Set<string>();
  const errors: ConfigError[] = [];
  for (const problem of problems) {
    const key = problem.key.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({
      file: local.file,
      line: local.lineOf(problem.at ?? problem.key),
      column: 1,
      message:
        problem.message ??
        `${displayKey(problem.key, local.data)}: the shared policy ${sharedName} sets ${show(problem.shared)}; ` +
          `${show(problem.local)} here would loosen it (a repository may tighten the policy it extends, never loosen it)`,
    });
  }
  return { ok: false, errors };
}

// ---------------------------------------------------------------------------------------------
// Merging the files

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => [
  ...new Set([...(a ?? []), ...(b ?? [])]),
];

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function mergeRules(
  shared: EnvironmentRulesFile | undefined,
  local: EnvironmentRulesFile | undefined,
): EnvironmentRulesFile | undefined {
  if (!shared && !local) return undefined;
  const evidence =
    shared?.evidence || local?.evidence
      ? defined({
          ...shared?.evidence,
          ...local?.evidence,
          checks:
            local?.evidence?.checks !== undefined
              ? union(shared?.evidence?.checks, local.evidence.checks)
              : shared?.evidence?.checks,
        })
      : undefined;
  return defined({
    canary: shared?.canary || local?.canary ? { ...shared?.canary, ...local?.canary } : undefined,
    rollback: local?.rollback ?? shared?.rollback,
    evidence,
  });
}

function mergeEnvironments(
  shared: readonly EnvironmentFile[] | undefined,
  local: readonly EnvironmentFile[] | undefined,
): EnvironmentFile[] | undefined {
  if (!shared && !local) return undefined;
  const localByName = new Map((local ?? []).map((env) => [env.name, env]));
  const merged: EnvironmentFile[] = (shared ?? []).map((env) => {
    const own = localByName.get(env.name);
    if (!own) return env;
    const match = defined({
      paths: own.match.paths ? union(env.match.paths, own.match.paths) : env.match.paths,
      namespaces: own.match.namespaces
        ? union(env.match.namespaces, own.match.namespaces)
        : env.match.namespaces,
      targets: own.match.targets ? union(env.match.targets, own.match.targets) : env.match.targets,
    });
    return { name: env.name, match, ...mergeRules(env, own) };
  });
  const sharedNames = new Set((shared ?? []).map((env) => env.name));
  merged.push(...(local ?? []).filter((env) => !sharedNames.has(env.name)));
  return merged;
}

function mergeFiles(shared: PolicyFile, sharedPolicy: Policy, local: PolicyFile): PolicyFile {
  const content = new Map(sharedPolicy.content.map((entry) => [entry.name, entry.paths]));
  for (const entry of local.content ?? [])
    content.set(entry.name, union(content.get(entry.name), entry.paths));
  const manifests =
    shared.manifests || local.manifests
      ? defined({
          ...shared.manifests,
          ...local.manifests,
          include:
            local.manifests?.include !== undefined
              ? union(sharedPolicy.manifests.include, local.manifests.include)
              : shared.manifests?.include,
        })
      : undefined;
  const section = <K extends keyof PolicyFile>(key: K) =>
    shared[key] || local[key]
      ? ({ ...(shared[key] as object), ...(local[key] as object) } as PolicyFile[K])
      : undefined;
  return defined<PolicyFile>({
    version: 1,
    manifests,
    content:
      shared.content || local.content ? [...content].map(([name, paths]) => ({ name, paths })) : undefined,
    protectedPaths:
      local.protectedPaths !== undefined
        ? union(sharedPolicy.protectedPaths, local.protectedPaths)
        : shared.protectedPaths,
    defaults: mergeRules(shared.defaults, local.defaults),
    environments: mergeEnvironments(shared.environments, local.environments),
    pullRequest: section('pullRequest'),
    evidence: section('evidence'),
    rules: section('rules'),
    approvers: section('approvers'),
    breakGlass: section('breakGlass'),
    exemptions: section('exemptions'),
  });
}

// ---------------------------------------------------------------------------------------------
// What loosens

interface Loosening {
  /** The key in the repository's file (e.g. ['defaults', 'canary', 'minStages']). */
  key: (string | number)[];
  /** Where to point, when not at the key itself. */
  at?: (string | number)[];
  shared: unknown;
  local: unknown;
  /** A message of its own, when "sets X; Y would loosen it" does not say it. */
  message?: string;
}

const ROLLBACK_RANK: Record<RollbackRequirement, number> = {
  none: 0,
  'automatic-or-documented': 1,
  automatic: 2,
  documented: 2,
};

/** Whether rollback requirement `a` asks at least what `b` asks. */
function rollbackAtLeast(a: RollbackRequirement, b: RollbackRequirement): boolean {
  if (a === b) return true;
  if (ROLLBACK_RANK[a] < ROLLBACK_RANK[b]) return false;
  // automatic and documented ask different things: neither covers the other.
  return ROLLBACK_RANK[a] !== ROLLBACK_RANK[b];
}

const isSubset = <T>(a: readonly T[], b: readonly T[]): boolean => a.every((item) => b.includes(item));

/** Whether `inner` appears in `outer` in the same order (not necessarily side by side). */
function isSubsequence(inner: readonly string[], outer: readonly string[]): boolean {
  let at = 0;
  for (const item of outer) if (item === inner[at]) at++;
  return at === inner.length;
}

/** What environment rules `e` loosen against `s`, with keys relative to the rules object. */
function environmentLoosenings(e: EnvironmentPolicy, s: EnvironmentPolicy): Loosening[] {
  const out: Loosening[] = [];
  const add = (key: string[], shared: unknown, local: unknown) => out.push({ key, shared, local });
  const ec = e.canary;
  const sc = s.canary;
  if (sc.required && !ec.required) add(['canary', 'required'], true, false);
  if (!isSubset(ec.strategies, sc.strategies)) add(['canary', 'strategies'], sc.strategies, ec.strategies);
  if (ec.minStages < sc.minStages) add(['canary', 'minStages'], sc.minStages, ec.minStages);
  if (ec.maxInitialWeight > sc.maxInitialWeight)
    add(['canary', 'maxInitialWeight'], sc.maxInitialWeight, ec.maxInitialWeight);
  if (ec.maxStepIncrease > sc.maxStepIncrease)
    add(['canary', 'maxStepIncrease'], sc.maxStepIncrease, ec.maxStepIncrease);
  if (ec.minHoldSeconds < sc.minHoldSeconds)
    add(['canary', 'minHold'], seconds(sc.minHoldSeconds), seconds(ec.minHoldSeconds));
  if (!sc.gateCountsAsHold && ec.gateCountsAsHold) add(['canary', 'gateCountsAsHold'], false, true);
  if (sc.requireAnalysis && !ec.requireAnalysis) add(['canary', 'requireAnalysis'], true, false);
  if (sc.noRegression && !ec.noRegression) add(['canary', 'noRegression'], true, false);
  if (sc.protectDeletion && !ec.protectDeletion) add(['canary', 'protectDeletion'], true, false);
  if (!isSubsequence(sc.namedStages, ec.namedStages))
    add(['canary', 'namedStages'], sc.namedStages, ec.namedStages);
  if (!rollbackAtLeast(e.rollback, s.rollback)) add(['rollback'], s.rollback, e.rollback);
  if (s.evidence.required && !e.evidence.required) add(['evidence', 'required'], true, false);
  if (!isSubset(s.evidence.checks, e.evidence.checks))
    add(['evidence', 'checks'], s.evidence.checks, e.evidence.checks);
  return out;
}

function seconds(total: number): string {
  if (total % 3600 === 0 && total > 0) return `${total / 3600}h`;
  if (total % 60 === 0 && total > 0) return `${total / 60}m`;
  return `${total}s`;
}

const LEVEL_RANK: Record<Level | 'off', number> = { off: 0, notice: 1, warning: 2, error: 3 };

function levelOf(policy: Policy, rule: RuleId): { level: Level | 'off'; enforceFrom?: string } {
  return policy.rules[rule] ?? { level: ruleMeta(rule).defaultLevel };
}

/** Where the repository's file sets a rules key: its environment entry, else its defaults. */
function ruleKeyPath(local: PolicyFile, env: string | undefined, key: string[]): (string | number)[] {
  const has = (rules: EnvironmentRulesFile | undefined) => {
    let node: unknown = rules;
    for (const part of key) node = (node as Record<string, unknown> | undefined)?.[part];
    return node !== undefined;
  };
  if (env !== undefined) {
    const index = (local.environments ?? []).findIndex((e) => e.name === env);
    if (index >= 0 && has(local.environments?.[index])) return ['environments', index, ...key];
  }
  return ['defaults', ...key];
}

const MATCH_KEYS = ['paths', 'namespaces', 'targets'] as const;

function loosenings(s: Policy, e: Policy, sharedFile: PolicyFile, local: PolicyFile): Loosening[] {
  const out: Loosening[] = [];
  const add = (key: (string | number)[], shared: unknown, value: unknown) =>
    out.push({ key, shared, local: value });

  // Defaults, and every shared environment, at least as strict as the shared policy has them.
  for (const l of environmentLoosenings(e.defaultEnvironment, s.defaultEnvironment)) {
    out.push({ ...l, key: ruleKeyPath(local, undefined, l.key as string[]) });
  }
  s.environments.forEach((sharedEnv, index) => {
    const env = e.environments.find((candidate) => candidate.name === sharedEnv.name) as EnvironmentPolicy;
    for (const l of environmentLoosenings(env, sharedEnv)) {
      out.push({ ...l, key: ruleKeyPath(local, env.name, l.key as string[]) });
    }
    // More paths for a shared environment: only where it is at least as strict as what those files
    // would get otherwise (every later shared environment, and the defaults). The schema asks every
    // environment for a `match`, so restating the shared environment's own globs adds nothing.
    const own = (local.environments ?? []).findIndex((candidate) => candidate.name === sharedEnv.name);
    const ownMatch = local.environments?.[own]?.match ?? {};
    const widened = MATCH_KEYS.some((key) =>
      (ownMatch[key] ?? []).some((glob) => !(sharedEnv.match?.[key] ?? []).includes(glob)),
    );
    if (widened) {
      const later = [...s.environments.slice(index + 1), s.defaultEnvironment];
      const weaker = later.find((other) => environmentLoosenings(env, other).length > 0);
      if (weaker) {
        out.push({
          key: ['environments', own, 'match'],
          shared: null,
          local: null,
          message:
            `environments[${sharedEnv.name}].match: adding paths, namespaces or targets to the shared environment ` +
            `${sharedEnv.name} would move files from ${weaker.name === 'default' ? 'the defaults' : `environment ${weaker.name}`}, which is stricter ` +
            `(${environmentLoosenings(env, weaker)
              .map((l) => l.key.join('.'))
              .join(', ')}), to a looser one; give them an environment of this repository's own instead`,
        });
      }
    }
  });
  // The repository's own environments catch only what the shared policy judged with its defaults.
  (local.environments ?? []).forEach((own, index) => {
    if (s.environments.some((env) => env.name === own.name)) return;
    const env = e.environments.find((candidate) => candidate.name === own.name) as EnvironmentPolicy;
    for (const l of environmentLoosenings(env, s.defaultEnvironment)) {
      out.push({
        ...l,
        key: ['environments', index, ...l.key],
        at: ['environments', index, 'name'],
        message: `environments[${own.name}].${l.key.join('.')}: an environment of this repository's own takes files the shared policy judges with its defaults, which set ${show(l.shared)}; ${show(l.local)} would loosen it`,
      });
    }
  });

  if (!isSubset(e.manifests.exclude, s.manifests.exclude))
    add(['manifests', 'exclude'], s.manifests.exclude, e.manifests.exclude);
  if (e.manifests.maxFileBytes > s.manifests.maxFileBytes)
    add(['manifests', 'maxFileBytes'], s.manifests.maxFileBytes, e.manifests.maxFileBytes);
  for (const key of ['rollbackHeadings', 'evidenceHeadings'] as const) {
    if (!isSubset(e.pullRequest[key], s.pullRequest[key]))
      add(['pullRequest', key], s.pullRequest[key], e.pullRequest[key]);
  }
  if (e.pullRequest.minSectionLength < s.pullRequest.minSectionLength)
    add(['pullRequest', 'minSectionLength'], s.pullRequest.minSectionLength, e.pullRequest.minSectionLength);
  for (const key of ['allowedHosts', 'paths', 'repositories'] as const) {
    if (!isSubset(e.evidence[key], s.evidence[key])) add(['evidence', key], s.evidence[key], e.evidence[key]);
  }
  if (e.evidence.checkApp !== s.evidence.checkApp)
    add(['evidence', 'checkApp'], s.evidence.checkApp, e.evidence.checkApp);
  const unverified = { accept: 0, warn: 1, reject: 2 } as const;
  if (unverified[e.evidence.unverified] < unverified[s.evidence.unverified])
    add(['evidence', 'unverified'], s.evidence.unverified, e.evidence.unverified);
  if (s.evidence.freshness === 'head' && e.evidence.freshness !== 'head')
    add(['evidence', 'freshness'], s.evidence.freshness, e.evidence.freshness);
  if (!s.evidence.trustForkRuns && e.evidence.trustForkRuns) add(['evidence', 'trustForkRuns'], false, true);

  for (const rule of RULE_IDS) {
    const before = levelOf(s, rule);
    const after = levelOf(e, rule);
    if (LEVEL_RANK[after.level] < LEVEL_RANK[before.level]) {
      add(['rules', rule], before, after);
    } else if (after.level === 'error' && before.level === 'error' && after.enforceFrom !== undefined) {
      if (before.enforceFrom === undefined || after.enforceFrom > before.enforceFrom)
        add(['rules', rule], before, after);
    }
  }
  for (const key of ['users', 'teams'] as const) {
    if (!isSubset(e.approvers[key].map(lower), s.approvers[key].map(lower)))
      add(['approvers', key], s.approvers[key], e.approvers[key]);
  }
  if (e.breakGlass.label !== s.breakGlass.label && sharedFile.breakGlass?.label !== undefined)
    add(['breakGlass', 'label'], s.breakGlass.label, e.breakGlass.label);
  if (!isSubset(e.breakGlass.rules, s.breakGlass.rules))
    add(['breakGlass', 'rules'], s.breakGlass.rules, e.breakGlass.rules);
  if (!s.exemptions.allowLocal && e.exemptions.allowLocal) add(['exemptions', 'allowLocal'], false, true);
  return out;
}

const lower = (text: string) => text.toLowerCase();

/** `environments.2.canary` as `environments[prod].canary`, naming the environment. */
function displayKey(key: (string | number)[], local: PolicyFile): string {
  const parts: string[] = [];
  key.forEach((part, i) => {
    if (typeof part === 'number' && key[i - 1] === 'environments') {
      parts[parts.length - 1] = `environments[${local.environments?.[part]?.name ?? part}]`;
    } else parts.push(String(part));
  });
  return parts.join('.');
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[] (none)' : `[${value.join(', ')}]`;
  if (typeof value === 'object' && value !== null && 'level' in value) {
    const setting = value as { level: string; enforceFrom?: string };
    return setting.enforceFrom ? `${setting.level} from ${setting.enforceFrom}` : setting.level;
  }
  return String(value);
}
