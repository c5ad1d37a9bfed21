/**
 * What `rollout-guard init` reads in a repository before it proposes a policy: the rollout formats
 * and where they are, the folder, namespace and target names that mean environments, the files
 * that look like content or feature flags, Helm charts and Kustomize overlays (which need rendering),
 * SAM stages. Pure: it is given the files (path and text) and returns what it found, with the files
 * that led to each finding, so the policy can say why it says what it says.
 */
import { parse as parseYaml } from 'yaml';
import type { FormatId, RolloutPlan } from '../core/model.js';
import { BUILTIN_POLICY } from '../core/policy.js';
import { readManifestFile } from '../formats/registry.js';
import { manifestScope } from '../pipeline/select.js';

export type EnvironmentClass = 'production' | 'staging' | 'development';

export interface SurveyFile {
  path: string;
  text: string;
}

/** A name that means an environment, and the files that carry it. */
export interface NamedEvidence {
  name: string;
  files: string[];
}

export interface EnvironmentEvidence {
  /** Folder names (`prod`, `prod-eu`), with the manifests under them. */
  folders: NamedEvidence[];
  /** Manifest file names (`deployment-prod.yaml`). */
  fileNames: NamedEvidence[];
  /** `metadata.namespace` values of rollouts. */
  namespaces: NamedEvidence[];
  /** Cloud Deploy target ids. */
  targets: NamedEvidence[];
}

export interface FormatFinding {
  format: FormatId;
  /** `Rollout`, `Canary`, `Deployment`, `DeliveryPipeline/prod` → kinds of the plans. */
  kinds: string[];
  files: string[];
}

export interface KustomizationFinding {
  path: string;
  folder: string;
  /** Builds on another folder (`resources: [../base]`): an overlay. */
  overlay: boolean;
  /** Patches that change what the resources say: judged only when rendered. */
  patches: boolean;
  namespace?: string;
}

export interface ContentFinding {
  name: string;
  paths: string[];
  files: string[];
  why: string;
}

export interface Survey {
  /** YAML, JSON and TOML files read. */
  filesRead: number;
  formats: FormatFinding[];
  environments: Record<EnvironmentClass, EnvironmentEvidence>;
  /** Names the repository uses beside its environment folders that say nothing by themselves. */
  ownEnvironments: NamedEvidence[];
  charts: { folder: string; name: string; templates: string[]; values: string[] }[];
  kustomizations: KustomizationFinding[];
  content: ContentFinding[];
  /** A `config/` folder of plain YAML or JSON, suggested as content but not proposed. */
  configSuggestion?: ContentFinding;
  /** SAM templates and the stages samconfig.toml deploys them to. */
  sam: { templates: string[]; stages: NamedEvidence[] };
  /** Manifests that the default manifest globs do not cover, as globs that would. */
  outsideGlobs: { glob: string; files: string[] }[];
  /** Services (apps/X, services/X…) in a monorepo layout. */
  services: string[];
}

// ---------------------------------------------------------------------------------------------
// Environment names

const STAGING_WHOLE = /^(pre[-_]?prod(uction)?|staging|stage|stg|uat|pre)$/;
const TOKENS: Record<EnvironmentClass, ReadonlySet<string>> = {
  staging: new Set(['staging', 'stage', 'stg', 'preprod', 'preproduction', 'uat']),
  production: new Set(['prod', 'production', 'prd', 'live']),
  development: new Set(['dev', 'development', 'develop', 'test', 'testing', 'qa', 'sandbox']),
};

/** The environment a folder, file or namespace name means, if it says. */
export function classify(name: string): EnvironmentClass | undefined {
  const lower = name.toLowerCase();
  if (STAGING_WHOLE.test(lower) || /(^|[-_.])pre[-_]prod($|[-_.])/.test(lower)) return 'staging';
  const tokens = lower.split(/[-_.]+/);
  for (const env of ['staging', 'production', 'development'] as const) {
    if (tokens.some((token) => TOKENS[env].has(token))) return env;
  }
  return undefined;
}

/** Folders whose children are environments by convention, whatever their names. */
const SLOT_FOLDERS = new Set(['overlays', 'environments', 'envs', 'env', 'clusters', 'stages', 'targets']);

// ---------------------------------------------------------------------------------------------
// The survey

const YAML_OR_JSON = /\.(?:ya?ml|json)$/i;
const FLAG_FOLDER = /^(feature[-_]?flags?|flags|toggles|feature[-_]?toggles|features)$/i;
const FLAG_FILE = /(feature|flag|toggle)/i;
const SERVICE_ROOTS = new Set(['apps', 'services', 'svc', 'microservices', 'packages', 'components']);
const DEFAULT_SCOPE = manifestScope(BUILTIN_POLICY);
const MAX_EXAMPLES = 5;

const add = (map: Map<string, Set<string>>, key: string, file: string) => {
  const set = map.get(key) ?? new Set<string>();
  set.add(file);
  map.set(key, set);
};

const evidence = (map: Map<string, Set<string>>): NamedEvidence[] =>
  [...map]
    .map(([name, files]) => ({ name, files: [...files].sort() }))
    .sort((a, b) => b.files.length - a.files.length || (a.name < b.name ? -1 : 1));

const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const baseOf = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const stem = (file: string) => baseOf(file).replace(/\.[^.]+$/, '');

function kindOf(plan: RolloutPlan): string {
  return plan.format === 'cloud-deploy' ? 'DeliveryPipeline' : plan.target.kind;
}

export function surveyRepository(files: readonly SurveyFile[]): Survey {
  const formats = new Map<FormatId, { kinds: Set<string>; files: Set<string> }>();
  const folderEnv = new Map<EnvironmentClass, Map<string, Set<string>>>();
  const fileNameEnv = new Map<EnvironmentClass, Map<string, Set<string>>>();
  const namespaceEnv = new Map<EnvironmentClass, Map<string, Set<string>>>();
  const targetEnv = new Map<EnvironmentClass, Map<string, Set<string>>>();
  for (const env of ['production', 'staging', 'development'] as const) {
    folderEnv.set(env, new Map());
    fileNameEnv.set(env, new Map());
    namespaceEnv.set(env, new Map());
    targetEnv.set(env, new Map());
  }
  /** Folders holding manifests (or kustomizations, charts): where environment names are looked for. */
  const manifestFiles = new Set<string>();
  const plainFiles: string[] = [];
  const charts = new Map<string, { name: string; templates: string[]; values: string[] }>();
  const kustomizations: KustomizationFinding[] = [];
  const samTemplates: string[] = [];
  const samStages = new Map<string, Set<string>>();
  const templated: string[] = [];

  const chartFiles = files.filter((f) => baseOf(f.path) === 'Chart.yaml');
  for (const file of chartFiles) {
    const folder = dirOf(file.path);
    let name = baseOf(folder) || folder;
    try {
      const value = parseYaml(file.text) as { name?: unknown } | null;
      if (typeof value?.name === 'string') name = value.name;
    } catch {
      // A Chart.yaml that does not parse is still a chart folder.
    }
    charts.set(folder, { name, templates: [], values: [] });
  }
  const chartOf = (path: string) => {
    for (let folder = dirOf(path); ; folder = dirOf(folder)) {
      const chart = charts.get(folder);
      if (chart) return { folder, chart };
      if (folder === '') return undefined;
    }
  };

  for (const file of files) {
    const name = baseOf(file.path);
    if (name === 'samconfig.toml') {
      // [prod.deploy.parameters] or [prod] sections name the stages the template goes to.
      for (const match of file.text.matchAll(/^\s*\[([A-Za-z0-9_-]+)(?:\.[^\]]*)?\]\s*$/gm)) {
        if (match[1] !== 'default') add(samStages, match[1] as string, file.path);
      }
      continue;
    }
    if (!YAML_OR_JSON.test(name) && name !== 'Kustomization') continue;
    if (/^kustomization\.ya?ml$|^Kustomization$/.test(name)) {
      kustomizations.push(readKustomization(file));
      manifestFiles.add(file.path);
      continue;
    }
    if (name === 'Chart.yaml' || name === 'Chart.lock') continue;
    const chart = chartOf(file.path);
    if (chart && /^values[^/]*\.(?:ya?ml|json)$/.test(name)) {
      chart.chart.values.push(file.path);
      continue;
    }
    const reading = readManifestFile(file.text, file.path);
    if (reading.templated || (chart && file.path.startsWith(`${chart.folder}/templates/`))) {
      if (chart) chart.chart.templates.push(file.path);
      else templated.push(file.path);
      manifestFiles.add(file.path);
      continue;
    }
    if (reading.plans.length === 0) {
      if (!reading.recognised) plainFiles.push(file.path);
      continue;
    }
    manifestFiles.add(file.path);
    for (const plan of reading.plans) {
      const found = formats.get(plan.format) ?? { kinds: new Set<string>(), files: new Set<string>() };
      found.kinds.add(kindOf(plan));
      found.files.add(file.path);
      formats.set(plan.format, found);
      const namespace = plan.target.namespace;
      const env = namespace === undefined ? undefined : classify(namespace);
      if (env && namespace) add(namespaceEnv.get(env) as Map<string, Set<string>>, namespace, file.path);
      if (plan.format === 'cloud-deploy') {
        const target = classify(plan.target.name);
        if (target) add(targetEnv.get(target) as Map<string, Set<string>>, plan.target.name, file.path);
      }
      if (plan.format === 'aws-sam' && !samTemplates.includes(file.path)) samTemplates.push(file.path);
    }
  }

  // Folder and file names along the paths of manifests (kustomizations and templates included).
  const childrenOf = new Map<string, Set<string>>();
  for (const file of manifestFiles) {
    const parts = file.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      const segment = parts[i] as string;
      const parent = parts.slice(0, i).join('/');
      add(childrenOf, parent, segment);
      const env = classify(segment);
      if (env) add(folderEnv.get(env) as Map<string, Set<string>>, segment, file);
    }
    const env = classify(stem(file));
    if (env && !/^(kustomization|Kustomization)$/.test(stem(file))) {
      add(fileNameEnv.get(env) as Map<string, Set<string>>, baseOf(file), file);
    }
  }

  // The repository's own names: siblings of environment folders, in folders meant for them.
  const own = new Map<string, Set<string>>();
  for (const [parent, children] of childrenOf) {
    const known = [...children].filter((child) => classify(child) !== undefined);
    const slot = SLOT_FOLDERS.has(baseOf(parent).toLowerCase());
    if (known.length === 0 && !slot) continue;
    if (known.length === 0 && slot && children.size < 2) continue;
    for (const child of children) {
      if (classify(child) !== undefined || child === 'base' || child === 'components') continue;
      // A sibling of `prod` that holds manifests of its own, under a folder meant for environments
      // or beside two known environments: a pattern, not a one-off.
      if (!slot && known.length < 2) continue;
      for (const file of manifestFiles) {
        if (file.startsWith(`${parent === '' ? '' : `${parent}/`}${child}/`)) add(own, child, file);
      }
    }
  }

  // Content: flag folders and flag files that no format reads; config/ in a monorepo.
  const services = new Set<string>();
  for (const file of manifestFiles) {
    const parts = file.split('/');
    if (parts.length > 2 && SERVICE_ROOTS.has(parts[0] as string)) services.add(`${parts[0]}/${parts[1]}`);
  }
  const content: ContentFinding[] = [];
  const flagFolders = new Map<string, Set<string>>();
  const flagFiles: string[] = [];
  for (const file of plainFiles) {
    const folder = file
      .split('/')
      .slice(0, -1)
      .findIndex((part) => FLAG_FOLDER.test(part));
    if (folder >= 0) {
      add(
        flagFolders,
        file
          .split('/')
          .slice(0, folder + 1)
          .join('/'),
        file,
      );
    } else if (FLAG_FILE.test(stem(file)) && !file.startsWith('.github/')) {
      flagFiles.push(file);
    }
  }
  if (flagFolders.size > 0 || flagFiles.length > 0) {
    const folders = [...flagFolders.keys()].sort();
    content.push({
      name: 'feature-flags',
      paths: [...folders.map((f) => `${f}/**`), ...flagFiles.sort()],
      files: [...[...flagFolders.values()].flatMap((s) => [...s]), ...flagFiles].sort(),
      why: [
        folders.length > 0 ? `folder${folders.length === 1 ? '' : 's'} named for flags or toggles` : '',
        flagFiles.length > 0 ? `file${flagFiles.length === 1 ? '' : 's'} named for features or flags` : '',
      ]
        .filter(Boolean)
        .join(' and '),
    });
  }
  const config = plainFiles.filter((file) => /^(config|configs|configuration)\//.test(file));
  let configSuggestion: ContentFinding | undefined;
  if (config.length > 0) {
    const root = (config[0] as string).split('/')[0] as string;
    const finding: ContentFinding = {
      name: 'shared-config',
      paths: [`${root}/**`],
      files: config.sort(),
      why:
        services.size >= 2
          ? `${root}/ at the root of a repository of ${services.size} services, which read it`
          : `${root}/ at the root holds plain YAML or JSON`,
    };
    if (services.size >= 2) content.push(finding);
    else configSuggestion = finding;
  }

  // Manifests the default globs do not cover (still judged, but not reported when unrecognised).
  const outside = [...manifestFiles].filter(
    (file) => !DEFAULT_SCOPE.included(file) && YAML_OR_JSON.test(file),
  );
  const outsideGlobs = generalise(outside.map(dirOf)).map(({ glob, members }) => ({
    glob: `${glob === '' ? '' : `${glob}/`}**/*.{yaml,yml,json}`,
    files: outside.filter((file) => members.has(dirOf(file))).sort(),
  }));

  const environments = {} as Survey['environments'];
  for (const env of ['production', 'staging', 'development'] as const) {
    environments[env] = {
      folders: evidence(folderEnv.get(env) as Map<string, Set<string>>),
      fileNames: evidence(fileNameEnv.get(env) as Map<string, Set<string>>),
      namespaces: evidence(namespaceEnv.get(env) as Map<string, Set<string>>),
      targets: evidence(targetEnv.get(env) as Map<string, Set<string>>),
    };
  }
  return {
    filesRead: files.length,
    formats: [...formats]
      .map(([format, found]) => ({ format, kinds: [...found.kinds].sort(), files: [...found.files].sort() }))
      .sort((a, b) => b.files.length - a.files.length || (a.format < b.format ? -1 : 1)),
    environments,
    ownEnvironments: evidence(own),
    charts: [...charts]
      .map(([folder, chart]) => ({
        folder,
        ...chart,
        templates: chart.templates.sort(),
        values: chart.values.sort(),
      }))
      .sort((a, b) => (a.folder < b.folder ? -1 : 1)),
    kustomizations: kustomizations.sort((a, b) => (a.path < b.path ? -1 : 1)),
    content,
    ...(configSuggestion ? { configSuggestion } : {}),
    sam: { templates: samTemplates.sort(), stages: evidence(samStages) },
    outsideGlobs,
    services: [...services].sort(),
  };
}

function readKustomization(file: SurveyFile): KustomizationFinding {
  const folder = dirOf(file.path);
  let value: Record<string, unknown> = {};
  try {
    const parsed = parseYaml(file.text) as unknown;
    if (typeof parsed === 'object' && parsed !== null) value = parsed as Record<string, unknown>;
  } catch {
    // An unreadable kustomization says nothing about overlays; the check reports it.
  }
  const references = [value.resources, value.bases, value.components]
    .flatMap((list): unknown[] => (Array.isArray(list) ? (list as unknown[]) : []))
    .filter((entry): entry is string => typeof entry === 'string');
  const patchKeys = ['patches', 'patchesStrategicMerge', 'patchesJson6902', 'replacements'];
  const namespace = typeof value.namespace === 'string' ? value.namespace : undefined;
  return {
    path: file.path,
    folder,
    overlay: references.some((ref) => ref.startsWith('../') || ref.includes('/../')),
    patches: patchKeys.some((key) => Array.isArray(value[key]) && (value[key] as unknown[]).length > 0),
    ...(namespace !== undefined ? { namespace } : {}),
  };
}

/**
 * Folders as few globs: folders that differ in one segment only become one glob with `*` there
 * (`apps/web/base`, `apps/api/base` → `apps/*\/base`).
 */
export function generalise(folders: readonly string[]): { glob: string; members: Set<string> }[] {
  let groups = [...new Set(folders)].map((folder) => ({ glob: folder, members: new Set([folder]) }));
  const depth = Math.max(0, ...groups.map((g) => g.glob.split('/').length));
  for (let i = 0; i < depth; i++) {
    const merged = new Map<string, { glob: string; members: Set<string> }>();
    for (const group of groups) {
      const parts = group.glob.split('/');
      if (parts.length <= i) {
        merged.set(group.glob, group);
        continue;
      }
      const key = [...parts.slice(0, i), '*', ...parts.slice(i + 1)].join('/');
      const known = merged.get(key);
      if (known) {
        for (const member of group.members) known.members.add(member);
        known.glob = key;
      } else merged.set(key, { glob: group.glob, members: new Set(group.members) });
    }
    groups = [...merged.values()];
  }
  return groups.sort((a, b) => (a.glob < b.glob ? -1 : 1));
}

/** At most a few files, for a comment. */
export function examples(files: readonly string[], max = MAX_EXAMPLES): string {
  const shown = files.slice(0, max).join(', ');
  return files.length > max ? `${shown} and ${files.length - max} more` : shown;
}
