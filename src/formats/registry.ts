import type { Diagnostic, FormatId, RolloutPlan } from '../core/model.js';
import { argoRollouts } from './argo-rollouts.js';
import { awsCloudFormation } from './aws-cloudformation.js';
import { awsCodeDeploy } from './aws-codedeploy.js';
import { awsEcs } from './aws-ecs.js';
import { awsSam } from './aws-sam.js';
import { azurePipelines } from './azure-pipelines.js';
import { githubActions } from './github-actions.js';
import { spinnaker } from './spinnaker.js';
import { cloudDeploy } from './cloud-deploy.js';
import { openKruise } from './openkruise.js';
import { asArray, asString, field, isObject } from './access.js';
import { describeValue, fieldPath } from './field-text.js';
import { readInlineExemption } from './inline-exemptions.js';
import { flagger } from './flagger.js';
import { knative } from './knative.js';
import { kubernetes } from './kubernetes.js';
import { native } from './native.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { DEFAULT_READINGS } from './types.js';
import {
  DEFAULT_PARSE_LIMITS,
  READINGS,
  duplicateKeys,
  fileUnits,
  findTemplateActions,
  isTemplateByExtension,
  isTemplatePath,
  lineCounter,
  mayHoldPlan,
  parseText,
  readNode,
  tooLargeMessage,
} from './yaml/index.js';
import type { ParseLimits, Reading, Unit, UnitReading, YamlNode } from './yaml/index.js';

/**
 * Every format, most specific first: the first adapter that detects a document owns it
 * (Kubernetes last, since it claims any apiVersion/kind object).
 */
export const ADAPTERS = [
  argoRollouts,
  flagger,
  openKruise,
  cloudDeploy,
  awsSam,
  awsCloudFormation,
  awsEcs,
  awsCodeDeploy,
  spinnaker,
  azurePipelines,
  githubActions,
  native,
  knative,
  kubernetes,
] satisfies FormatAdapter[];

/**
 * Which readers act on each format's files (an adapter's own `readings` wins):
 * - Kubernetes objects (Argo Rollouts, Flagger, OpenKruise, plain workloads, our own RolloutPlan):
 *   kubectl, Argo CD and Helm (go-yaml v2), kustomize and Flux (go-yaml v3). The default.
 * - CloudFormation and SAM templates, ECS service definitions, CodeDeploy AppSpecs: the AWS side
 *   reads YAML 1.1 (PyYAML in the SAM CLI and cfn tooling, the CodeDeploy agent's Ruby), and
 *   other tools in the same deploy path read YAML 1.2.
 * - Spinnaker: YAML 1.1 (SnakeYAML in Spinnaker's services) and go-yaml v2 (Dinghy pipelines).
 * - GitHub Actions, Azure Pipelines and Cloud Deploy (gcloud): YAML 1.2 only, so `on:` stays the
 *   key "on".
 */
export const FORMAT_READINGS: Readonly<Partial<Record<FormatId, readonly Reading[]>>> = {
  'aws-sam': ['yaml-1.1', 'yaml-1.2'],
  'aws-cloudformation': ['yaml-1.1', 'yaml-1.2'],
  'aws-ecs': ['yaml-1.1', 'yaml-1.2'],
  'aws-codedeploy': ['yaml-1.1', 'yaml-1.2'],
  spinnaker: ['yaml-1.1', 'kubectl'],
  'azure-pipelines': ['yaml-1.2'],
  'github-actions': ['yaml-1.2'],
  'cloud-deploy': ['yaml-1.2'],
};

export function readingsOf(adapter: FormatAdapter): readonly Reading[] {
  return adapter.readings ?? FORMAT_READINGS[adapter.id] ?? DEFAULT_READINGS;
}

/** Who each reading stands for, in messages. */
const CONSUMERS: Record<Reading, string> = {
  kubectl: 'kubectl and Argo CD (go-yaml v2)',
  kustomize: 'kustomize and Flux (go-yaml v3)',
  'yaml-1.1': 'YAML 1.1 readers (PyYAML, SnakeYAML)',
  'yaml-1.2': 'YAML 1.2 readers',
};

export interface FileReading {
  plans: RolloutPlan[];
  /**
   * Problems with a document that produces a plan, or could: readers that disagree, a document
   * no reader can read that names a rollout, a template. Always reported, wherever the file is.
   */
  diagnostics: Diagnostic[];
  /**
   * Problems of the file that no plan depends on: a syntax error in a document that names no
   * rollout, a file over the size limit that names none. Worth reporting only for files the
   * policy names as manifests (an odd YAML file elsewhere in the repository is not a finding).
   * Absent means none.
   */
  fileDiagnostics?: Diagnostic[];
  /** Some document in the file belongs to a known format (even if it yields no plan). */
  recognised: boolean;
  /** The file holds template actions and could not be read as it is. */
  templated: boolean;
}

/** A document read by one reader, with what its adapter made of it. */
interface Take {
  reading: Reading;
  doc: SourceDocument;
  owner: FormatAdapter | undefined;
  result?: AdapterResult;
}

/**
 * The documents of a file, each as the first reader of its format reads it, with the problems
 * found (plan-level and file-level together): what the registry judges, for callers that read
 * documents themselves.
 */
export interface DocumentsReading {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  templated: boolean;
}

/** Parses one file and runs each document through the adapter that recognises it. */
export function readManifestFile(text: string, file: string, limits?: ParseLimits): FileReading {
  const analysis = analyse(text, file, limits ?? DEFAULT_PARSE_LIMITS);
  const plans: RolloutPlan[] = [];
  const diagnostics = [...analysis.diagnostics];
  const grouped = new Map<FormatAdapter, Take[][]>();
  for (const judged of analysis.judged) {
    const adapter = judged.adapter;
    if (adapter.combine) {
      grouped.set(adapter, [...(grouped.get(adapter) ?? []), judged.takes]);
      continue;
    }
    const result = judged.takes[0]?.result ?? { plans: [], diagnostics: [] };
    append(plans, result.plans);
    append(diagnostics, result.diagnostics);
  }
  for (const [adapter, groups] of grouped) {
    const result = combined(adapter, groups, file);
    append(plans, result.plans);
    append(diagnostics, result.diagnostics);
  }
  return {
    plans,
    diagnostics: capped(diagnostics),
    fileDiagnostics: capped(analysis.fileDiagnostics),
    recognised: analysis.recognised,
    templated: analysis.templated,
  };
}

/** Every document of a file under the first reading of its format (test and corpus support). */
export function readDocuments(text: string, file: string, limits?: ParseLimits): DocumentsReading {
  const analysis = analyse(text, file, limits ?? DEFAULT_PARSE_LIMITS);
  return {
    documents: analysis.documents,
    diagnostics: capped([...analysis.diagnostics, ...analysis.fileDiagnostics]),
    templated: analysis.templated,
  };
}

/** The first line holding a template action, when the file is a template that must be rendered first. */
export function templateLine(text: string, file: string, limits?: ParseLimits): number | undefined {
  if (!text.includes('{{') && !isTemplatePath(file)) return undefined;
  const analysis = analyse(text, file, limits ?? DEFAULT_PARSE_LIMITS);
  return analysis.templated ? analysis.diagnostics[0]?.line : undefined;
}

// ---------------------------------------------------------------------------------------------

interface Analysis {
  judged: { adapter: FormatAdapter; takes: Take[] }[];
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  fileDiagnostics: Diagnostic[];
  recognised: boolean;
  templated: boolean;
  lineAt: (offset: number) => number;
}

/** A position in the file: line and column of an offset. */
type Locate = (offset: number) => { line: number; column: number };

/** How to find the offset of a path in a document a reader read (the registry's own bookkeeping). */
const offsetsOf = new WeakMap<SourceDocument, (path: readonly PathSegment[]) => number>();

function analyse(text: string, file: string, limits: ParseLimits): Analysis {
  const lines = lineCounter(text);
  const lineAt = (offset: number) => lines.lineAt(offset);
  const locate: Locate = (offset) => ({ line: lines.lineAt(offset), column: lines.columnAt(offset) });
  const empty = (): Analysis => ({
    judged: [],
    documents: [],
    diagnostics: [],
    fileDiagnostics: [],
    recognised: false,
    templated: false,
    lineAt,
  });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    const diagnostic: Diagnostic = {
      code: 'MANIFEST_TOO_LARGE',
      message: tooLargeMessage(bytes, limits.maxBytes),
      file,
      line: 1,
    };
    // A file too large to read may still hide a rollout: it is the rollout's problem if it names one.
    return mayHoldPlan(text)
      ? { ...empty(), diagnostics: [diagnostic] }
      : { ...empty(), fileDiagnostics: [diagnostic] };
  }

  if ((isTemplateByExtension(file) || isTemplatePath(file)) && /(?<!\$)\{\{/.test(text)) {
    const first = findTemplateActions(text, undefined)[0];
    return {
      ...empty(),
      templated: true,
      diagnostics: [templated(file, first === undefined ? 1 : lineAt(first))],
    };
  }

  const parsed = parseText(text, { maxDepth: limits.maxDepth });
  const cloudFormation = looksLikeCloudFormation(text);
  const units = fileUnits(parsed, { cloudFormation, maxAliases: limits.maxAliases });
  const analysis: Analysis = empty();
  const templatable = new Set<Unit>();
  const unknown = new Set<Unit>();

  for (const unit of units) {
    const outcome = judgeUnit(unit, parsed.text, file, locate, cloudFormation);
    if (outcome.recognised) analysis.recognised = true;
    if (outcome.templatable) templatable.add(unit);
    if (!outcome.recognised) unknown.add(unit);
    analysis.diagnostics.push(...outcome.diagnostics);
    analysis.fileDiagnostics.push(...outcome.fileDiagnostics);
    analysis.judged.push(...outcome.judged);
    analysis.documents.push(...outcome.documents);
  }

  // Go template actions in the structure of a document that produces a plan (not in its quoted
  // or block scalars, where they are data) make the whole file a template.
  if (text.includes('{{')) {
    const actions = findTemplateActions(text, parsed.stream);
    let u = 0;
    for (const offset of actions) {
      while (u < units.length - 1 && (units[u] as Unit).end <= offset) u++;
      const unit = units[u];
      if (unit === undefined || offset < unit.start || offset >= unit.end) continue;
      if (templatable.has(unit) || (unknown.has(unit) && mayHoldPlan(text.slice(unit.start, unit.end)))) {
        return {
          ...empty(),
          recognised: analysis.recognised,
          templated: true,
          diagnostics: [templated(file, lineAt(offset))],
        };
      }
    }
  }
  return analysis;
}

function templated(file: string, line: number): Diagnostic {
  return {
    code: 'MANIFEST_TEMPLATED',
    message:
      'file is a template (Go/Helm `{{ }}` actions); its rollout cannot be judged until it is rendered',
    file,
    line,
  };
}

interface UnitOutcome {
  judged: { adapter: FormatAdapter; takes: Take[] }[];
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  fileDiagnostics: Diagnostic[];
  recognised: boolean;
  planCapable: boolean;
  /** A plan-producing Kubernetes object, or a document that may be one: Go templates count here. */
  templatable: boolean;
}

/**
 * One document as each of its readers reads it: detect it under every reading its format uses,
 * run the adapter once per reading that read it, and judge it only if they all agree.
 */
function judgeUnit(
  unit: Unit,
  text: string,
  file: string,
  locate: Locate,
  cloudFormation: boolean,
): UnitOutcome {
  const lineAt = (offset: number) => locate(offset).line;
  const outcome: UnitOutcome = {
    judged: [],
    documents: [],
    diagnostics: [],
    fileDiagnostics: [],
    recognised: false,
    planCapable: false,
    templatable: false,
  };
  // The whole document each reader read (before a `kind: List` is cut into its items).
  const wholes = new Map<Reading, SourceDocument>();
  const sourceOf = (reading: Reading, state: UnitReading): SourceDocument[] | undefined => {
    if (state.kind !== 'value') return undefined;
    const read = state.reading;
    const doc: SourceDocument = {
      file,
      index: unit.index,
      line: lineAt(state.root.start),
      value: read.value,
      lineOf: (path) => lineAt(read.offsetOf(path)),
    };
    offsetsOf.set(doc, (path) => read.offsetOf(path));
    wholes.set(reading, doc);
    return listItems(doc);
  };

  // Each reading's documents (a `kind: List` is several), read lazily: the YAML 1.x readings
  // only when neither Go reading found a Kubernetes-family format here.
  const takes = new Map<Reading, Take[] | UnitReading>();
  const takesOf = (reading: Reading): Take[] | UnitReading => {
    let known = takes.get(reading);
    if (known === undefined) {
      const state = unit.read(reading);
      const docs = sourceOf(reading, state);
      known =
        docs === undefined
          ? state
          : docs.map((doc) => ({ reading, doc, owner: ADAPTERS.find((a) => a.detect(doc)) }));
      takes.set(reading, known);
    }
    return known;
  };
  const goOwners = (['kubectl', 'kustomize'] as const).flatMap((reading) => {
    const known = takesOf(reading);
    return Array.isArray(known) ? known.map((take) => take.owner) : [];
  });
  const kubernetesFamily = goOwners.some(
    (owner) => owner !== undefined && readingsOf(owner).some((r) => r === 'kubectl' || r === 'kustomize'),
  );
  const readings = kubernetesFamily ? (['kubectl', 'kustomize'] as const) : READINGS;

  const counts = new Set<number>();
  for (const reading of readings) {
    const known = takesOf(reading);
    if (Array.isArray(known)) counts.add(known.length);
  }
  const items = Math.max(0, ...counts);
  const errors = readings.flatMap((reading) => {
    const known = takesOf(reading);
    return !Array.isArray(known) && known.kind === 'error' ? [{ reading, error: known.error }] : [];
  });

  const invalid = (where: number | { offset: number }, message: string): void => {
    const position = typeof where === 'number' ? { line: where } : locate(where.offset);
    outcome.diagnostics.push({ code: 'MANIFEST_UNPARSEABLE', message, file, ...position });
  };

  let capable = false;
  let firstCandidate: FormatAdapter | undefined;
  const disagreements: { where: number | { offset: number }; message: string }[] = [];
  for (let item = 0; item < items; item++) {
    const at = (reading: Reading): Take | UnitReading | undefined => {
      const known = takesOf(reading);
      return Array.isArray(known) ? known[item] : known;
    };
    const candidates = new Set<FormatAdapter>();
    for (const reading of readings) {
      const take = at(reading);
      if (take !== undefined && 'doc' in take && take.owner !== undefined) candidates.add(take.owner);
    }
    for (const adapter of candidates) {
      outcome.recognised = true;
      firstCandidate ??= adapter;
      const declared = readingsOf(adapter);
      const runs: Take[] = [];
      let planCapable = adapter !== kubernetes;
      let previous: Take | undefined;
      for (const reading of new Set([...readings, ...declared])) {
        const take = at(reading);
        if (take === undefined || !('doc' in take) || take.owner !== adapter) continue;
        // Readers that read the same value get the same plan: the adapter runs once per distinct reading.
        if (
          take.result === undefined &&
          previous?.result !== undefined &&
          sameData(take.doc.value, previous.doc.value)
        ) {
          take.result = previous.result;
        }
        take.result ??= runAdapter(adapter, take.doc);
        previous = take;
        if (take.result.plans.length > 0 || take.result.diagnostics.length > 0) planCapable = true;
        if (declared.includes(reading)) runs.push(take);
      }
      if (!planCapable) continue;
      capable = true;
      // Helm and other Go-template renderers render Kubernetes objects; a GitHub workflow or a
      // CloudFormation template with `{{ }}` in it is read as it is.
      if (declared.includes('kubectl') || declared.includes('kustomize')) outcome.templatable = true;
      const what = describeDocument(runs[0]?.doc ?? firstDoc(readings, at));
      const problem = disagreement(
        unit,
        adapter,
        declared,
        at,
        counts.size > 1,
        runs,
        text,
        cloudFormation,
        lineAt,
      );
      if (problem) {
        disagreements.push({
          where: problem.offset === undefined ? problem.line : { offset: problem.offset },
          message: `${problem.message}: readers disagree, so ${what} cannot be judged${problem.advice ? `; ${problem.advice}` : ''}`,
        });
        continue;
      }
      const primary = runs[0];
      if (primary === undefined) continue;
      outcome.judged.push({ adapter, takes: runs });
      const whole = wholes.get(primary.reading);
      if (whole !== undefined && !outcome.documents.includes(whole)) outcome.documents.push(whole);
    }
  }

  if (!capable && !unit.split) {
    // Not a plan: its documents are still what tests and other callers read, as the readers of
    // its format read it, or (no format) as YAML 1.2 reads it, else as the first reader that can.
    const order: readonly Reading[] = firstCandidate
      ? readingsOf(firstCandidate)
      : ['yaml-1.2', 'kubectl', 'kustomize', 'yaml-1.1'];
    for (const reading of order) {
      const known = takesOf(reading);
      const whole = wholes.get(reading);
      if (Array.isArray(known) && whole !== undefined) {
        outcome.documents.push(whole);
        break;
      }
    }
  }

  if (capable) {
    outcome.planCapable = true;
    const seen = new Set<string>();
    for (const problem of disagreements) {
      if (seen.has(problem.message)) continue;
      seen.add(problem.message);
      invalid(problem.where, problem.message);
    }
    return outcome;
  }

  // No reader made a plan of it. Where the readers cut the file differently here, any document
  // any of them sees may be a plan; a document no reader can read may still name a rollout,
  // judged by its text (allowing for quotes and escapes).
  const unreadable = readings.every((reading) => {
    const known = takesOf(reading);
    return !Array.isArray(known) && (known.kind === 'error' || known.kind === 'stopped');
  });
  const region = text.slice(unit.start, unit.end);
  if (unit.split) {
    const roots = [...unit.streamRoots];
    const kubectlRead = unit.read('kubectl');
    if (kubectlRead.kind === 'value') roots.push(kubectlRead.root);
    const plan = roots.map((root) => planIn(root, file, cloudFormation)).find((found) => found !== undefined);
    if (plan !== undefined || (errors.length > 0 && mayHoldPlan(region))) {
      outcome.planCapable = true;
      outcome.templatable = true;
      invalid(
        lineAt(unit.splitAt),
        `${unit.split}: readers disagree, so ${plan ?? 'this document'} cannot be judged`,
      );
    }
  } else if (unreadable && errors.length > 0) {
    const first = errors[0] as { reading: Reading; error: { message: string; offset: number; kind: string } };
    if (mayHoldPlan(region)) {
      outcome.planCapable = true;
      outcome.templatable = true;
      invalid(
        { offset: first.error.offset },
        `the document cannot be read (${first.error.message}), and it may describe a rollout, so it cannot be judged`,
      );
    } else {
      outcome.fileDiagnostics.push({
        code:
          first.error.kind === 'limit' && /nesting/.test(first.error.message)
            ? 'MANIFEST_TOO_DEEP'
            : 'MANIFEST_UNPARSEABLE',
        message: `YAML: ${first.error.message}`,
        file,
        ...locate(first.error.offset),
      });
    }
  }
  return outcome;
}

/** What a message calls a document that some reader reads as a plan ("this Rollout"), if one does. */
function planIn(root: YamlNode, file: string, cloudFormation: boolean): string | undefined {
  for (const reading of READINGS) {
    const outcome = readNode(root, reading, { cloudFormation });
    if (!outcome.ok) continue;
    const doc: SourceDocument = {
      file,
      index: 0,
      line: 1,
      value: outcome.reading.value,
      lineOf: () => 1,
    };
    for (const item of listItems(doc)) {
      const owner = ADAPTERS.find((adapter) => adapter.detect(item));
      if (owner === undefined) continue;
      const result = owner.toPlans(item);
      if (owner !== kubernetes || result.plans.length > 0 || result.diagnostics.length > 0)
        return describeDocument(item);
    }
  }
  return undefined;
}

function firstDoc(
  readings: readonly Reading[],
  at: (reading: Reading) => Take | UnitReading | undefined,
): SourceDocument | undefined {
  for (const reading of readings) {
    const take = at(reading);
    if (take !== undefined && 'doc' in take) return take.doc;
  }
  return undefined;
}

function runAdapter(adapter: FormatAdapter, doc: SourceDocument): AdapterResult {
  const result = adapter.toPlans(doc);
  if (adapter.combine) return result;
  const inline = readInlineExemption(doc);
  const { exemption } = inline;
  return {
    plans: exemption
      ? result.plans.map((p) => ({ ...p, exemptions: [...(p.exemptions ?? []), exemption] }))
      : result.plans,
    diagnostics: [...result.diagnostics, ...inline.diagnostics],
  };
}

/** "this Rollout", "this Deployment": what a message calls the document. */
function describeDocument(doc: SourceDocument | undefined): string {
  const kind = asString(field(doc?.value, 'kind'));
  return kind !== undefined && /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(kind) ? `this ${kind}` : 'this rollout';
}

interface Problem {
  line: number;
  /** When known, the offset the line came from (for a column). */
  offset?: number;
  message: string;
  advice?: string;
}

/** Why the readers of an adapter's format do not read the same plan here, if they do not. */
function disagreement(
  unit: Unit,
  adapter: FormatAdapter,
  declared: readonly Reading[],
  at: (reading: Reading) => Take | UnitReading | undefined,
  itemCountsDiffer: boolean,
  runs: Take[],
  text: string,
  cloudFormation: boolean,
  lineAt: (offset: number) => number,
): Problem | undefined {
  const unitLine = lineAt(unit.contentStart);
  if (unit.split) return { line: lineAt(unit.splitAt), offset: unit.splitAt, message: unit.split };
  if (itemCountsDiffer)
    return { line: unitLine, message: 'readers find different numbers of items in this list' };
  // What only some readers see, whatever the values.
  const odd = unit.oddities[0];
  if (odd) {
    return {
      line: lineAt(odd.offset),
      offset: odd.offset,
      message: `${odd.what} is a line break to go-yaml and YAML 1.1 readers but not to kubectl's document split, YAML 1.2 readers or a diff view`,
      advice: 'replace it with a plain line break or remove it',
    };
  }

  for (const doc of unit.documents) {
    if (doc.version !== undefined || doc.tagDirectives > 0) {
      return {
        line: lineAt(doc.start),
        offset: doc.start,
        message: 'a %YAML or %TAG directive changes how readers resolve the document (kubectl refuses it)',
        advice: 'remove the directive',
      };
    }
    const tags =
      cloudFormation && declared.every((r) => r === 'yaml-1.1' || r === 'yaml-1.2') ? [] : doc.tags;
    if (tags.length > 0) {
      return {
        line: lineAt(tags[0] as number),
        offset: tags[0] as number,
        message: 'an explicit tag (`!…`) is resolved differently by different readers',
        advice: 'remove the tag',
      };
    }
    const duplicate = duplicateKeys(doc.root)[0];
    if (duplicate !== undefined) {
      return {
        line: lineAt(duplicate),
        offset: duplicate,
        message:
          'duplicate key: a key written twice in one mapping is the last one to go-yaml v2 (kubectl) and an error to go-yaml v3 (kustomize)',
        advice: 'write the key once',
      };
    }
  }

  for (const reading of declared) {
    const take = at(reading);
    if (take === undefined) {
      return { line: unitLine, message: `${CONSUMERS[reading]} reads no such item here` };
    }
    if ('doc' in take) {
      if (take.owner !== adapter) {
        const other =
          take.owner === undefined ? 'nothing it deploys as a rollout' : `a ${take.owner.id} document`;
        return {
          line: take.doc.line,
          message: `${CONSUMERS[reading]} reads ${other} here, not a ${adapter.id} document`,
        };
      }
      continue;
    }
    if (take.kind === 'error') {
      return {
        line: lineAt(take.error.offset),
        offset: take.error.offset,
        message: `${CONSUMERS[reading]} cannot read this document (${take.error.message})`,
      };
    }
    if (take.kind === 'empty') return { line: unitLine, message: `${CONSUMERS[reading]} reads nothing here` };
  }

  // The plans themselves.
  const [first, ...others] = runs;
  if (first === undefined) return undefined;
  for (const other of others) {
    if (sameResult(first.result, other.result)) continue;
    const path = firstDifference(first.doc.value, other.doc.value) ?? [];
    const line = path.length > 0 ? first.doc.lineOf(path) : first.doc.line;
    const offset = path.length > 0 ? offsetsOf.get(first.doc)?.(path) : undefined;
    const where = path.length > 0 ? `\`${fieldPath(path)}\`` : 'this document';
    const a = valueAt(first.doc.value, path);
    const b = valueAt(other.doc.value, path);
    return {
      line,
      offset,
      message: `${CONSUMERS[first.reading]} reads ${where} as ${show(a)}, ${CONSUMERS[other.reading]} as ${show(b)}`,
      advice:
        advise(a, b) ??
        (unit.documents.some((doc) => hasMergeKey(doc.root))
          ? 'write the keys out instead of merging them in with `<<`'
          : 'write it so that every reader reads the same value'),
    };
  }
  return undefined;
}

function sameResult(a: AdapterResult | undefined, b: AdapterResult | undefined): boolean {
  return sameData(a, b);
}

/** Equal as data, object keys in any order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameData(item, other[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The first path, in the first value's order, where two readings differ. */
function firstDifference(
  a: unknown,
  b: unknown,
  path: PathSegment[] = [],
  depth = 0,
): PathSegment[] | undefined {
  if (sameData(a, b)) return undefined;
  if (depth > 64) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return [...path, i];
      const found = firstDifference(a[i], b[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return path;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) return [...path, key];
      const found = firstDifference(a[key], b[key], [...path, key], depth + 1);
      if (found) return found;
    }
    for (const key of Object.keys(b))
      if (!Object.prototype.hasOwnProperty.call(a, key)) return [...path, key];
  }
  return path;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else current = field(current, String(segment));
  }
  return current;
}

/** A value for a message: literals as they are, a short plain string quoted, anything else by its kind. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    return /^[A-Za-z0-9_.:+-]{0,24}$/.test(value) ? `the string "${value}"` : 'a string';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number JSON cannot hold';
  return describeValue(value);
}

function advise(a: unknown, b: unknown): string | undefined {
  const scalar = (v: unknown) => typeof v === 'boolean' || typeof v === 'number';
  const typed = scalar(a) ? a : scalar(b) ? b : undefined;
  const text = typeof a === 'string' ? a : typeof b === 'string' ? b : undefined;
  if (typed !== undefined && text !== undefined && /^[A-Za-z0-9_.:+-]{0,24}$/.test(text)) {
    return `write \`${String(typed)}\`, or \`"${text}"\` if text is meant`;
  }
  if (typed !== undefined && text !== undefined)
    return `write \`${String(typed)}\` if that is meant, or quote the text`;
  return undefined;
}

/** Whether a document uses a `<<` merge key anywhere. */
function hasMergeKey(root: YamlNode): boolean {
  const stack: YamlNode[] = [root];
  const seen = new Set<YamlNode>();
  while (stack.length > 0) {
    const node = stack.pop() as YamlNode;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 1) {
      for (let i = 0; i < node.items.length; i += 2) {
        const key = node.items[i] as YamlNode;
        if (key.kind === 0 && key.value === '<<' && key.style === 1) return true;
      }
      for (const item of node.items) stack.push(item);
    } else if (node.kind === 2) {
      for (const item of node.items) stack.push(item);
    }
  }
  return false;
}

/**
 * For formats whose documents describe one rollout together (Cloud Deploy): every reading's
 * documents go to `combine`, and the results must agree.
 */
function combined(adapter: FormatAdapter, groups: Take[][], file: string): AdapterResult {
  const byReading = new Map<Reading, SourceDocument[]>();
  for (const takes of groups) {
    for (const take of takes) byReading.set(take.reading, [...(byReading.get(take.reading) ?? []), take.doc]);
  }
  const results = [...byReading.entries()].map(([reading, docs]) => ({
    reading,
    docs,
    result: adapter.combine?.(docs) ?? { plans: [], diagnostics: [] },
  }));
  const [first, ...others] = results;
  if (first === undefined) return { plans: [], diagnostics: [] };
  const other = others.find((candidate) => !sameData(candidate.result, first.result));
  if (other === undefined) return first.result;
  return {
    plans: [],
    diagnostics: [
      {
        code: 'MANIFEST_UNPARSEABLE',
        message: `${CONSUMERS[first.reading]} and ${CONSUMERS[other.reading]} read this file's rollout differently: readers disagree, so it cannot be judged`,
        file,
        line: first.docs[0]?.line ?? 1,
      },
    ],
  };
}

/**
 * `kind: List` (and typed lists such as `DeploymentList`) wrap objects that `kubectl apply` and
 * Argo CD apply one by one: each item is judged as a document of its own. Items of a typed list
 * may leave out apiVersion and kind; they take the list's.
 */
function listItems(doc: SourceDocument): SourceDocument[] {
  const kind = asString(field(doc.value, 'kind'));
  const items = asArray(field(doc.value, 'items'));
  if (kind === undefined || !kind.endsWith('List') || items === undefined) return [doc];
  const apiVersion = field(doc.value, 'apiVersion');
  const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
  const offsets = offsetsOf.get(doc);
  return items.map((item, index) => {
    const itemDoc: SourceDocument = {
      file: doc.file,
      index: doc.index,
      line: doc.lineOf(['items', index]),
      value: isObject(item) && itemKind !== undefined ? { apiVersion, kind: itemKind, ...item } : item,
      lineOf: (path) => doc.lineOf(['items', index, ...path]),
    };
    if (offsets) offsetsOf.set(itemDoc, (path) => offsets(['items', index, ...path]));
    return itemDoc;
  });
}

/** A CloudFormation or SAM template, by its top-level keys. */
export function looksLikeCloudFormation(text: string): boolean {
  return (
    /^AWSTemplateFormatVersion\s*:/m.test(text) ||
    /^Transform\s*:.*AWS::Serverless/m.test(text) ||
    (/^Resources\s*:/m.test(text) && /^\s+Type\s*:\s*["']?AWS::/m.test(text))
  );
}

/** Appends without spreading (a spread of a very long list overflows the call stack). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** A file that is not YAML at all (jsonnet, say) yields a problem per line; the first few tell the story. */
const MAX_DIAGNOSTICS_PER_FILE = 10;

function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown[shown.length - 1] as Diagnostic;
  shown.push({
    ...last,
    message: `and ${diagnostics.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file`,
  });
  return shown;
}
