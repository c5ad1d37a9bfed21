import type { Diagnostic } from '../../core/model.js';
import { readInlineExemption } from '../inline-exemptions.js';
import { kubernetes } from '../kubernetes.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from '../types.js';
import { READINGS, mayHoldPlan, readNode } from '../yaml/index.js';
import type { Reading, Unit, UnitReading, YamlNode } from '../yaml/index.js';
import { ADAPTERS, readingsOf } from './adapters.js';
import { disagreement, sameData } from './disagreement.js';
import { describeDocument, listItems, offsetsOf } from './documents.js';
import type { Locate, Take } from './documents.js';

export interface UnitOutcome {
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
export function judgeUnit(
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
