import type { Diagnostic, RolloutPlan } from '../core/model.js';
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
import { parseManifestText } from './document.js';
import { readInlineExemption } from './inline-exemptions.js';
import type { ParseLimits } from './document.js';
import { flagger } from './flagger.js';
import { knative } from './knative.js';
import { kubernetes } from './kubernetes.js';
import { native } from './native.js';
import type { FormatAdapter, SourceDocument } from './types.js';

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

export interface FileReading {
  plans: RolloutPlan[];
  diagnostics: Diagnostic[];
  /** Some document in the file belongs to a known format (even if it yields no plan). */
  recognised: boolean;
  /** The file holds template actions and could not be read as it is. */
  templated: boolean;
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
  return items.map((item, index) => ({
    file: doc.file,
    index: doc.index,
    line: doc.lineOf(['items', index]),
    value: isObject(item) && itemKind !== undefined ? { apiVersion, kind: itemKind, ...item } : item,
    lineOf: (path) => doc.lineOf(['items', index, ...path]),
  }));
}

/** Parses one file and runs each document through the adapter that recognises it. */
export function readManifestFile(text: string, file: string, limits?: ParseLimits): FileReading {
  const parsed = parseManifestText(text, file, limits);
  const plans: RolloutPlan[] = [];
  const diagnostics = [...parsed.diagnostics];
  let recognised = false;
  const grouped = new Map<FormatAdapter, SourceDocument[]>();
  for (const doc of parsed.documents.flatMap(listItems)) {
    const adapter = ADAPTERS.find((a) => a.detect(doc));
    if (!adapter) continue;
    recognised = true;
    if (adapter.combine) {
      grouped.set(adapter, [...(grouped.get(adapter) ?? []), doc]);
      continue;
    }
    const result = adapter.toPlans(doc);
    const inline = readInlineExemption(doc);
    diagnostics.push(...result.diagnostics, ...inline.diagnostics);
    const { exemption } = inline;
    plans.push(
      ...(exemption
        ? result.plans.map((p) => ({ ...p, exemptions: [...(p.exemptions ?? []), exemption] }))
        : result.plans),
    );
  }
  for (const [adapter, docs] of grouped) {
    const result = adapter.combine?.(docs) ?? { plans: [], diagnostics: [] };
    plans.push(...result.plans);
    diagnostics.push(...result.diagnostics);
  }
  return { plans, diagnostics, recognised, templated: parsed.templated };
}
