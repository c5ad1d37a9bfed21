import { compileGlobs } from './core/environments.js';
import { linkDeliveries } from './core/correlate.js';
import { approvalOf } from './core/approvals.js';
import type { ApprovalInput } from './core/approvals.js';
import { evaluate } from './core/evaluate.js';
import { parseExemptions, sameExemption } from './core/exemptions.js';
import type { Exemption } from './core/exemptions.js';
import type { WaiverInput } from './core/waivers.js';
import type { PlanInput } from './core/evaluate.js';
import type {
  ChangedFile,
  ChangeSet,
  ContextFile,
  Diagnostic,
  FileContent,
  Gate,
  Report,
  RolloutPlan,
} from './core/model.js';
import type { Policy } from './core/policy.js';
import { findTemplateLine } from './formats/document.js';
import type { ParseLimits } from './formats/document.js';
import { readManifestFile } from './formats/registry.js';
import type { FileReading } from './formats/registry.js';

export interface CheckOptions {
  changeSet: ChangeSet;
  policy: Policy;
  /** Repository path of the policy file, to notice edits to it. */
  policyPath: string;
  now: Date;
  ownCheckNames?: string[];
  /** Exemptions from the base commit's exemptions file. */
  baseExemptions?: Exemption[];
  /** Reviews and approver-team members; undefined where they cannot be seen (the CLI). */
  approvals?: ApprovalInput;
  /** Files already parsed (on worker threads), by {@link ReadRequest} key; the rest are parsed here. */
  readings?: ReadonlyMap<string, FileReading>;
}

// Keys of the formats rollout-guard reads (Kubernetes objects, CloudFormation, pipelines), in block
// or flow YAML and in JSON, pretty or minified: a file outside the manifest globs is parsed only
// when it has one. Broad on purpose: parsing a file too many costs little, missing a rollout a lot.
const MANIFEST_HINT =
  /(?:^|[\s{,?-])"?(?:apiVersion|kind|AWSTemplateFormatVersion|Transform|Resources|stages|jobs|refId|serviceName|taskDefinition|deploymentConfiguration)"?\s*:|^version:\s*["']?0\.0/m;

/** What reading the changed files found, before any unchanged file is consulted. */
export interface ChangeReading {
  headPlans: Map<string, RolloutPlan>;
  basePlans: Map<string, RolloutPlan>;
  diagnostics: Diagnostic[];
  /**
   * Names of the changed Kubernetes workloads. An unchanged Canary or Rollout that names one of
   * them delivers it, so only the context files naming one are worth reading.
   */
  workloadNames: ReadonlySet<string>;
}

/** A file the pipeline parses, keyed by side and path, so that it can be parsed elsewhere first. */
export interface ReadRequest {
  key: string;
  path: string;
  text: string;
}

/** Reads the unchanged files at head that may deliver the named workloads. */
export type ContextReader = (workloadNames: ReadonlySet<string>) => Promise<ContextFile[]>;

/**
 * From a change to a report: decide which files are manifests, read their plans at base and head,
 * pair them by id, and judge. Pure: the sources have already read every byte it needs, including
 * `changeSet.context`.
 */
export function checkChange(options: CheckOptions): Report {
  return judgeChange(
    readChange(options.changeSet, options.policy, options.readings),
    options.changeSet.context,
    options,
  );
}

/**
 * The same, with the context read on demand: only once the changed files are parsed is it known
 * which workloads changed, and only files naming one of them are read (none when no workload did).
 */
export async function checkChangeReadingContext(
  options: CheckOptions,
  readContext: ContextReader,
): Promise<Report> {
  // The lookup starts as soon as the head side is read, and runs (in git) while the base side is.
  let context: Promise<ContextFile[]> = Promise.resolve([]);
  const reading = readChange(options.changeSet, options.policy, options.readings, (names) => {
    if (names.size > 0) context = readContext(names);
  });
  return judgeChange(reading, [...options.changeSet.context, ...(await context)], options);
}

/** The files {@link readChange} parses, for a caller that parses them in parallel beforehand. */
export function readRequests(changeSet: ChangeSet, policy: Policy): ReadRequest[] {
  const scope = manifestScope(policy);
  const requests: ReadRequest[] = [];
  for (const file of changeSet.files) {
    const sides = [
      ['base', file.previousPath ?? file.path, file.base],
      ['head', file.path, file.head],
    ] as const;
    for (const [side, path, content] of sides) {
      if (side === 'base' && unchangedText(file)) continue; // read once, as the head
      if (content?.kind === 'text' && scope.parses(path, content.text)) {
        requests.push({ key: readKey(side, path), path, text: content.text });
      }
    }
  }
  return requests;
}

const readKey = (side: 'base' | 'head', path: string): string => `${side}\0${path}`;

/** A file whose mode alone changed: the same text at the same path on both sides. */
function unchangedText(file: ChangedFile): boolean {
  return (
    file.previousPath === undefined &&
    file.base?.kind === 'text' &&
    file.head?.kind === 'text' &&
    file.base.text === file.head.text
  );
}

/**
 * Parses the changed files (and rendered manifests) into plans at base and head. `readings` holds
 * files already parsed, by {@link ReadRequest} key; the others are parsed here. The head side is
 * read first: `onWorkloads` then learns the changed workloads' names, before the base side is read.
 */
export function readChange(
  changeSet: ChangeSet,
  policy: Policy,
  readings?: ReadonlyMap<string, FileReading>,
  onWorkloads?: (names: ReadonlySet<string>) => void,
): ChangeReading {
  const scope = manifestScope(policy);
  const limits = parseLimits(policy);
  const diagnostics: Diagnostic[] = [];
  const headPlans = new Map<string, RolloutPlan>();
  const basePlans = new Map<string, RolloutPlan>();

  // The base and head of a file whose text did not change share one parse (made as the head).
  const heads = new Map<string, { text: string; reading: FileReading }>();
  const parse = (side: 'base' | 'head', path: string, text: string): FileReading => {
    const head = side === 'base' ? heads.get(path) : undefined;
    if (head !== undefined && head.text === text) return head.reading;
    const reading = readings?.get(readKey(side, path)) ?? readManifestFile(text, path, limits);
    if (side === 'head') heads.set(path, { text, reading });
    return reading;
  };

  const read = (path: string, content: FileContent, side: 'base' | 'head'): RolloutPlan[] => {
    if (scope.excluded(path)) return [];
    const inScope = scope.included(path);
    if (content.kind !== 'text') {
      if (side === 'head' && inScope) diagnostics.push(unreadable(path, content));
      return [];
    }
    if (!scope.parses(path, content.text)) return [];
    const reading = parse(side, path, content.text);
    if (side === 'head') {
      // A plan's problems are reported wherever the file is; the file's own only inside the globs.
      diagnostics.push(...reading.diagnostics);
      if (inScope) diagnostics.push(...(reading.fileDiagnostics ?? []));
      const problems = reading.diagnostics.length + (reading.fileDiagnostics?.length ?? 0);
      if (inScope && !reading.recognised && problems === 0 && !isEmpty(content.text)) {
        diagnostics.push({
          code: 'MANIFEST_UNSUPPORTED',
          message: 'no supported rollout format recognises this file, so its rollout cannot be judged',
          file: path,
          line: 1,
        });
      }
    }
    return reading.plans;
  };

  for (const file of changeSet.files) {
    if (file.head) {
      for (const plan of read(file.path, file.head, 'head')) addPlan(headPlans, plan, diagnostics);
    }
  }

  const templates = new Map<string, string>();
  for (const file of changeSet.files) {
    if (file.head?.kind === 'text' && findTemplateLine(file.head.text, file.path) !== undefined)
      templates.set(file.path, file.head.text);
  }
  const rendered = readRendered(changeSet.rendered ?? [], templates, limits);
  for (const plan of rendered.plans) headPlans.set(plan.id, plan);
  // A template that rendered output covers is judged through that output.
  const judged = diagnostics.filter(
    (d) => !(d.code === 'MANIFEST_TEMPLATED' && rendered.covered.has(d.file)),
  );
  judged.push(...rendered.diagnostics);

  for (const plan of contentPlans(changeSet, policy, [...headPlans.values()])) headPlans.set(plan.id, plan);

  const workloadNames = new Set(
    [...headPlans.values()].filter((p) => p.format === 'kubernetes').map((p) => p.target.name),
  );
  onWorkloads?.(workloadNames);

  for (const file of changeSet.files) {
    if (file.base) {
      for (const plan of read(file.previousPath ?? file.path, file.base, 'base')) addPlan(basePlans, plan);
    }
  }
  return { headPlans, basePlans, diagnostics: judged, workloadNames };
}

/** Links the changed plans to the Canaries and Rollouts that deliver them, pairs base and head, and judges. */
export function judgeChange(reading: ChangeReading, context: ContextFile[], options: CheckOptions): Report {
  const { changeSet, policy } = options;
  const { headPlans, basePlans } = reading;
  const scope = manifestScope(policy);
  const limits = parseLimits(policy);
  const diagnostics = [...reading.diagnostics];

  // Unchanged Canaries and Rollouts matter only when they deliver a changed workload: parse only
  // the context files that name one, so the cost follows the change, not the repository.
  const contextPlans: RolloutPlan[] = [];
  for (const file of context) {
    if (file.content.kind !== 'text' || scope.excluded(file.path)) continue;
    if (!namesAny(file.content.text, reading.workloadNames)) continue;
    const fileReading = readManifestFile(file.content.text, file.path, limits);
    contextPlans.push(...fileReading.plans.filter((p) => p.delivers !== undefined && !headPlans.has(p.id)));
  }

  const linked = linkDeliveries([...headPlans.values()], [...headPlans.values(), ...contextPlans]);
  const plans: PlanInput[] = linked.map((plan) => {
    const basePlan = basePlans.get(plan.id);
    return basePlan ? { plan, change: 'modified', basePlan } : { plan, change: 'added' };
  });
  for (const [id, basePlan] of basePlans) {
    if (!headPlans.has(id)) plans.push({ plan: basePlan, change: 'removed' });
  }
  // A changed workload delivered by an unchanged Canary or Rollout is judged through it.
  const judgedIds = new Set(plans.map((p) => p.plan.id));
  const contextById = new Map(contextPlans.map((p) => [p.id, p]));
  for (const plan of linked) {
    const deliverer = plan.deliveredBy === undefined ? undefined : contextById.get(plan.deliveredBy);
    if (deliverer && !judgedIds.has(deliverer.id)) {
      plans.push({ plan: deliverer, change: 'unchanged' });
      judgedIds.add(deliverer.id);
    }
  }

  const changedExemptions = exemptionsChangedBy(changeSet, policy, options.baseExemptions ?? [], diagnostics);
  const waivers: WaiverInput = {
    labels: changeSet.pullRequest.labels,
    approval: approvalOf(options.approvals, policy, changeSet.head, changeSet.pullRequest.author),
    baseExemptions: options.baseExemptions ?? [],
    changedExemptions,
  };

  return evaluate({
    waivers,
    policy,
    policyPath: options.policyPath,
    now: options.now,
    base: changeSet.base,
    head: changeSet.head,
    plans,
    diagnostics,
    changedFiles: changeSet.files.map((f) => ({
      path: f.path,
      status: f.status,
      ...(f.previousPath ? { previousPath: f.previousPath } : {}),
    })),
    pullRequest: changeSet.pullRequest,
    ...(changeSet.checks ? { checks: changeSet.checks } : {}),
    ...(options.ownCheckNames ? { ownCheckNames: options.ownCheckNames } : {}),
  });
}

/**
 * Protected content (feature flags, config bundles) has no rollout format: a change to it ships
 * everywhere at once, unless a RolloutPlan in the change names it as its target.
 */
function contentPlans(changeSet: ChangeSet, policy: Policy, headPlans: RolloutPlan[]): RolloutPlan[] {
  const result: RolloutPlan[] = [];
  for (const entry of policy.content) {
    const matches = compileGlobs(entry.paths);
    const touched = changeSet.files.filter(
      (f) => matches(f.path) || (f.previousPath !== undefined && matches(f.previousPath)),
    );
    const first = touched[0];
    if (!first) continue;
    const described = headPlans.find((p) => p.format === 'native' && p.delivers?.name === entry.name);
    result.push({
      id: `content:Content:/${entry.name}`,
      format: 'content',
      file: first.path,
      line: 1,
      target: { kind: 'Content', name: entry.name },
      strategy: 'all-at-once',
      stages: [{ weight: 100, hold: 0, gates: [], line: 1 }],
      backgroundGates: [],
      rollback: { automatic: false, how: ['nothing in the repository rolls protected content back'] },
      bypasses: [],
      ...(described ? { deliveredBy: described.id } : {}),
      notes: [
        `changed: ${touched.map((f) => f.path).join(', ')}`,
        described
          ? `rolled out as described by ${described.file}`
          : `nothing describes how this change reaches users; add a RolloutPlan with spec.target.name: ${entry.name}`,
      ],
    });
  }
  return result;
}

/**
 * Plans from manifests rendered by an earlier step. Helm marks each document with
 * `# Source: <chart>/templates/<file>`; such a plan is reported on the changed template it came
 * from (at the template's `kind:` line), and that template is then judged rather than unverifiable.
 */
function readRendered(
  files: ContextFile[],
  templates: Map<string, string>,
  limits: ParseLimits,
): { plans: RolloutPlan[]; diagnostics: Diagnostic[]; covered: Set<string> } {
  const plans: RolloutPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  const covered = new Set<string>();
  for (const file of files) {
    if (file.content.kind !== 'text') continue;
    for (const chunk of splitDocuments(file.content.text)) {
      const source = /^#\s*Source:\s*(\S+)\s*$/m.exec(chunk.text)?.[1];
      const template = source === undefined ? undefined : templateFor(source, templates);
      const reading = readManifestFile(chunk.text, file.path, limits);
      const problems = [...reading.diagnostics, ...(reading.fileDiagnostics ?? [])];
      diagnostics.push(...problems.map((d) => ({ ...d, line: d.line + chunk.offset })));
      for (const plan of reading.plans) {
        if (template === undefined) {
          plans.push(shiftLines(plan, file.path, (line) => line + chunk.offset, []));
          continue;
        }
        covered.add(template);
        const kindLine = kindLineOf(templates.get(template) ?? '', plan.target.kind);
        plans.push(
          shiftLines(plan, template, () => kindLine, [
            `read from the rendered manifest ${file.path}:${plan.line + chunk.offset}`,
          ]),
        );
      }
    }
  }
  return { plans, diagnostics, covered };
}

function splitDocuments(text: string): { text: string; offset: number }[] {
  const lines = text.split(/\r?\n/);
  const chunks: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^---\s*$/.test(lines[i] ?? '')) {
      if (i > start) chunks.push({ text: lines.slice(start, i).join('\n'), offset: start });
      start = i + 1;
    }
  }
  return chunks;
}

/** `mychart/templates/rollout.yaml` → the changed template whose path ends with it (chart folder names differ). */
function templateFor(source: string, templates: Map<string, string>): string | undefined {
  const withinChart = source.split('/').slice(1).join('/');
  for (const path of templates.keys()) {
    if (
      path === source ||
      path.endsWith(`/${source}`) ||
      (withinChart !== '' && path.endsWith(`/${withinChart}`))
    )
      return path;
  }
  return undefined;
}

function kindLineOf(text: string, kind: string): number {
  const index = text
    .split(/\r?\n/)
    .findIndex((line) => new RegExp(`^\\s*kind:\\s*["']?${kind}\\b`).test(line));
  return index === -1 ? 1 : index + 1;
}

/** The same plan reported in another file, every line moved by `move`. */
function shiftLines(
  plan: RolloutPlan,
  file: string,
  move: (line: number) => number,
  notes: string[],
): RolloutPlan {
  const moveGate = (g: Gate): Gate => ({ ...g, line: move(g.line) });
  return {
    ...plan,
    file,
    line: move(plan.line),
    stages: plan.stages.map((s) => ({ ...s, line: move(s.line), gates: s.gates.map(moveGate) })),
    backgroundGates: plan.backgroundGates.map(moveGate),
    rollback: {
      ...plan.rollback,
      ...(plan.rollback.line !== undefined ? { line: move(plan.rollback.line) } : {}),
    },
    bypasses: plan.bypasses.map((b) => ({ ...b, line: move(b.line) })),
    notes: [...plan.notes, ...notes],
  };
}

/** Entries of the exemptions file that the change adds or edits (they need an approver's approval). */
function exemptionsChangedBy(
  changeSet: ChangeSet,
  policy: Policy,
  base: Exemption[],
  diagnostics: Diagnostic[],
): Exemption[] {
  const file = changeSet.files.find((f) => f.path === policy.exemptions.file);
  if (!file?.head) return [];
  if (file.head.kind !== 'text') {
    diagnostics.push(unreadable(file.path, file.head));
    return [];
  }
  const parsed = parseExemptions(file.head.text, file.path);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      diagnostics.push({
        code: 'MANIFEST_FIELD_INVALID',
        message: `exemptions file: ${error.message}`,
        file: error.file,
        line: error.line,
        column: error.column,
      });
    }
    return [];
  }
  return parsed.exemptions.filter((entry) => !base.some((b) => sameExemption(b, entry)));
}

/**
 * Keys a plan by its id. Two files may define an object with the same id (two CloudFormation
 * stacks with a `HelloWorldFunction`): the second is then told apart by its file, the same way on
 * both sides, so neither is dropped.
 */
function addPlan(plans: Map<string, RolloutPlan>, plan: RolloutPlan, diagnostics?: Diagnostic[]): void {
  const existing = plans.get(plan.id);
  if (existing === undefined) {
    plans.set(plan.id, plan);
  } else if (existing.file !== plan.file) {
    const id = `${plan.id}@${plan.file}`;
    plans.set(id, { ...plan, id });
  } else {
    // `kubectl apply` applies both documents, so the later one is what runs: judge that one, and
    // say that the file defines the object twice.
    plans.set(plan.id, plan);
    diagnostics?.push({
      code: 'MANIFEST_FIELD_INVALID',
      message: `${plan.target.kind} ${plan.target.name} is defined twice in this file (also on line ${existing.line}); the later definition is the one applied and judged`,
      file: plan.file,
      line: plan.line,
    });
  }
}

/** Whether a `name:` value in the text is one of the names (a YAML or JSON scan, no parse). */
function namesAny(text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  for (const match of text.matchAll(/"?name"?\s*:\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)/g)) {
    if (names.has(match[1] as string)) return true;
  }
  return false;
}

function manifestScope(policy: Policy) {
  const included = compileGlobs(policy.manifests.include);
  const excluded = compileGlobs(policy.manifests.exclude);
  return {
    included,
    excluded,
    /** Whether a text file at this path is parsed: in scope, or outside it but looking like a manifest. */
    parses: (path: string, text: string): boolean =>
      !excluded(path) && (included(path) || MANIFEST_HINT.test(text)),
  };
}

export function parseLimits(policy: Policy): ParseLimits {
  return { maxBytes: policy.manifests.maxFileBytes, maxDepth: 64, maxAliases: 100 };
}

function isEmpty(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^\s*---\s*$/.test(line));
}

function unreadable(path: string, content: Exclude<FileContent, { kind: 'text' }>): Diagnostic {
  const messages: Record<typeof content.kind, string> = {
    binary: 'the file is binary or not valid UTF-8, so it cannot be read as a manifest',
    'too-large': `the file is ${'bytes' in content ? content.bytes : '?'} bytes, over the manifest size limit; it was not read`,
    symlink: 'the file is a symbolic link; links are never followed, so it cannot be judged',
    'not-a-file': 'the path is not a regular file (a submodule?), so it cannot be judged',
  };
  return {
    code: content.kind === 'too-large' ? 'MANIFEST_TOO_LARGE' : 'MANIFEST_NOT_TEXT',
    message: messages[content.kind],
    file: path,
    line: 1,
  };
}
