import schema from '../../schema/policy.schema.json' with { type: 'json' };
import { readConfigYaml } from './config-yaml.js';
// Compiled from schema/policy.schema.json at build time (ajv strict mode, all errors, verbose).
import validatePolicy from './generated/policy-validator.js';
import type { ConfigError } from './config-yaml.js';
import { RULE_IDS } from './model.js';
import type { Level, RuleId, Strategy } from './model.js';
import { parseDurationSeconds } from './units.js';

export const DEFAULT_POLICY_PATH = '.github/rollout-guard.yml';

export type RollbackRequirement = 'automatic' | 'documented' | 'automatic-or-documented' | 'none';

export interface CanaryRules {
  required: boolean;
  strategies: Strategy[];
  minStages: number;
  maxInitialWeight: number;
  maxStepIncrease: number;
  minHoldSeconds: number;
  gateCountsAsHold: boolean;
  requireAnalysis: boolean;
  noRegression: boolean;
  namedStages: string[];
  protectDeletion: boolean;
}

export interface EnvironmentMatch {
  paths: string[];
  namespaces: string[];
  targets: string[];
}

export interface EnvironmentPolicy {
  name: string;
  /** Absent for the default environment, which matches what no other does. */
  match?: EnvironmentMatch;
  canary: CanaryRules;
  rollback: RollbackRequirement;
  evidence: { required: boolean; checks: string[] };
}

/** What an unverified piece of evidence is worth when nothing verified. */
export type UnverifiedEvidence = 'accept' | 'warn' | 'reject';

export interface EvidencePolicy {
  /** Hosts whose https links count as unverified evidence. Default: github.com, *.githubusercontent.com. */
  allowedHosts: string[];
  /** A file the change adds or changes under these globs counts as evidence. Default: none. */
  paths: string[];
  /** The app that must have produced required checks and check-run evidence. Default: github-actions. */
  checkApp: string;
  /**
   * Other repositories (owner/name) whose workflow runs count, when their display title names the
   * commit they tested. Default: none.
   */
  repositories: string[];
  /** Default: warn. */
  unverified: UnverifiedEvidence;
  /**
   * `head`: a run must have run on the head commit. `unchanged`: or on a commit of the pull request
   * after which none of the judged files changed. Default: head.
   */
  freshness: 'head' | 'unchanged';
  /** Runs of a fork's pull request (whose workflow the fork controls) count. Default: false. */
  trustForkRuns: boolean;
}

export interface RuleSetting {
  level: Level | 'off';
  enforceFrom?: string;
}

export interface Policy {
  /** Where it came from: `path@sha`, or `builtin`. */
  source: string;
  manifests: { include: string[]; exclude: string[]; maxFileBytes: number };
  /** Protected content without a rollout format, judged as an all-at-once rollout unless a plan names it. */
  content: { name: string; paths: string[] }[];
  /** Files whose change is itself reported as policy/changed. */
  protectedPaths: string[];
  environments: EnvironmentPolicy[];
  defaultEnvironment: EnvironmentPolicy;
  pullRequest: { rollbackHeadings: string[]; evidenceHeadings: string[]; minSectionLength: number };
  evidence: EvidencePolicy;
  rules: Partial<Record<RuleId, RuleSetting>>;
  approvers: { users: string[]; teams: string[] };
  breakGlass: { label: string; rules: RuleId[] };
  /** `allowLocal`: the repository's own exemptions (its file, inline annotations) apply. */
  exemptions: { file: string; expiryWarningDays: number; allowLocal: boolean };
  /** The shared policies this one extends or has imposed (`OWNER/REPO/PATH@REF`), nearest first. */
  shared?: string[];
}

/** A problem in the policy file, with the position of the offending key or value. */
export type PolicyError = ConfigError;

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

export const DEFAULT_MANIFEST_GLOBS = [
  '**/{deploy,deployment,deployments,.deploy,k8s,kube,kubernetes,manifests,charts,helm,kustomize,overlays,rollouts,gitops,clusters}/**/*.{yaml,yml,json}',
  '**/*.rollout.{yaml,yml}',
  '**/clouddeploy.{yaml,yml}',
  '**/appspec.{yaml,yml,json}',
  '**/template.{yaml,yml}',
  '**/ecs-service-def.json',
];

const BUILTIN_CANARY: CanaryRules = {
  required: true,
  strategies: ['canary', 'linear', 'ab-test'],
  minStages: 2,
  maxInitialWeight: 25,
  maxStepIncrease: 50,
  minHoldSeconds: 300,
  gateCountsAsHold: true,
  requireAnalysis: true,
  noRegression: true,
  namedStages: [],
  protectDeletion: true,
};

/** Every value the policy file can leave out, as the README documents it. */
export const BUILTIN_POLICY: Policy = {
  source: 'builtin',
  manifests: { include: DEFAULT_MANIFEST_GLOBS, exclude: [], maxFileBytes: 2 * 1024 * 1024 },
  content: [],
  protectedPaths: [],
  environments: [],
  defaultEnvironment: {
    name: 'default',
    canary: BUILTIN_CANARY,
    rollback: 'automatic-or-documented',
    evidence: { required: true, checks: [] },
  },
  pullRequest: {
    rollbackHeadings: ['Rollback plan', 'Rollback'],
    evidenceHeadings: ['Test evidence', 'Testing', 'Evidence'],
    minSectionLength: 20,
  },
  evidence: {
    allowedHosts: ['github.com', '*.githubusercontent.com'],
    paths: [],
    checkApp: 'github-actions',
    repositories: [],
    unverified: 'warn',
    freshness: 'head',
    trustForkRuns: false,
  },
  rules: {},
  approvers: { users: [], teams: [] },
  breakGlass: {
    label: 'rollout-guard/emergency',
    rules: RULE_IDS.filter((id) => /^(canary|rollback|evidence)\//.test(id)),
  },
  exemptions: { file: '.github/rollout-guard-exemptions.yml', expiryWarningDays: 14, allowLocal: true },
};

/**
 * Where editors find the policy schema: its `$id`, the copy at this release's tag, so a modeline
 * written by `init` keeps matching the version that reads the policy.
 */
export const POLICY_SCHEMA_URL: string = schema.$id;

/** The policy's JSON Schema, for tools that generate or document policies. */
export function policySchema(): unknown {
  return schema;
}

/**
 * Reads a policy from its text: YAML → schema → typed Policy with every default filled in.
 * Never throws; every problem comes back with the file, line and column of the key at fault.
 */
export function parsePolicy(text: string, file: string, source = file): PolicyResult {
  const result = readPolicyFile(text, file);
  if (!result.ok) return result;
  return { ok: true, policy: resolvePolicy(result.data, source) };
}

/** A policy file as written, validated against the schema, before defaults are filled in. */
export type PolicyFileResult =
  | { ok: true; data: PolicyFile; lineOf: (path: (string | number)[]) => number }
  | { ok: false; errors: PolicyError[] };

/** Reads and validates a policy file, keeping what it says apart from the defaults (for `extends`). */
export function readPolicyFile(text: string, file: string): PolicyFileResult {
  const result = readConfigYaml(text, file, validatePolicy, 'policy');
  if (!result.ok) return result;
  return { ok: true, data: result.data as PolicyFile, lineOf: result.lineOf };
}

// ---------------------------------------------------------------------------------------------
// From the validated file to the resolved Policy.

export interface CanaryFile {
  required?: boolean;
  strategies?: Strategy[];
  minStages?: number;
  maxInitialWeight?: number;
  maxStepIncrease?: number;
  minHold?: number | string;
  gateCountsAsHold?: boolean;
  requireAnalysis?: boolean;
  noRegression?: boolean;
  namedStages?: string[];
  protectDeletion?: boolean;
}
export interface EnvironmentRulesFile {
  canary?: CanaryFile;
  rollback?: RollbackRequirement;
  evidence?: { required?: boolean; checks?: string[] };
}
export type EnvironmentFile = EnvironmentRulesFile & { name: string; match: Partial<EnvironmentMatch> };

/** The policy file as written (what the schema allows), before defaults are filled in. */
export interface PolicyFile {
  version: 1;
  $schema?: string;
  extends?: string;
  manifests?: { include?: string[]; exclude?: string[]; maxFileBytes?: number };
  content?: { name: string; paths: string[] }[];
  protectedPaths?: string[];
  defaults?: EnvironmentRulesFile;
  environments?: EnvironmentFile[];
  pullRequest?: Partial<Policy['pullRequest']>;
  evidence?: Partial<Policy['evidence']>;
  rules?: Record<string, Level | 'off' | RuleSetting>;
  approvers?: Partial<Policy['approvers']>;
  breakGlass?: Partial<Policy['breakGlass']>;
  exemptions?: Partial<Policy['exemptions']>;
}

function resolveCanary(base: CanaryRules, file: CanaryFile | undefined): CanaryRules {
  if (!file) return base;
  const { minHold, ...rest } = file;
  return {
    ...base,
    ...rest,
    minHoldSeconds:
      minHold === undefined ? base.minHoldSeconds : (parseDurationSeconds(minHold) ?? base.minHoldSeconds),
  };
}

function resolveEnvironment(
  base: EnvironmentPolicy,
  file: EnvironmentRulesFile | undefined,
  name: string,
): EnvironmentPolicy {
  return {
    name,
    canary: resolveCanary(base.canary, file?.canary),
    rollback: file?.rollback ?? base.rollback,
    evidence: { ...base.evidence, ...file?.evidence },
  };
}

/** A validated policy file with every default filled in. */
export function resolvePolicy(file: PolicyFile, source: string): Policy {
  const builtin = BUILTIN_POLICY;
  const defaultEnvironment = resolveEnvironment(builtin.defaultEnvironment, file.defaults, 'default');
  const environments = (file.environments ?? []).map((env) => ({
    ...resolveEnvironment(defaultEnvironment, env, env.name),
    match: {
      paths: env.match.paths ?? [],
      namespaces: env.match.namespaces ?? [],
      targets: env.match.targets ?? [],
    },
  }));
  const rules: Policy['rules'] = {};
  for (const [id, setting] of Object.entries(file.rules ?? {})) {
    rules[id as RuleId] = typeof setting === 'string' ? { level: setting } : setting;
  }
  return {
    source,
    manifests: { ...builtin.manifests, ...file.manifests },
    content: file.content ?? builtin.content,
    protectedPaths: file.protectedPaths ?? builtin.protectedPaths,
    environments,
    defaultEnvironment,
    pullRequest: { ...builtin.pullRequest, ...file.pullRequest },
    evidence: { ...builtin.evidence, ...file.evidence },
    rules,
    approvers: { ...builtin.approvers, ...file.approvers },
    breakGlass: { ...builtin.breakGlass, ...file.breakGlass },
    exemptions: { ...builtin.exemptions, ...file.exemptions },
  };
}
