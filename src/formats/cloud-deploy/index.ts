import { asString, field } from '../access.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from '../types.js';
import { readAutomation, readTarget } from './automations.js';
import { API_VERSIONS, KINDS } from './file.js';
import type { FileContext } from './file.js';
import { pipelinePlans } from './pipeline.js';

/**
 * Google Cloud Deploy (deploy.cloud.google.com). A DeliveryPipeline becomes one plan per stage,
 * i.e. per target it deploys to, so that a policy can match environments by target name. The
 * Targets (approval) and Automations (advance, repair) of the same file complete each plan.
 */
export const cloudDeploy: FormatAdapter = {
  id: 'cloud-deploy',
  detect: isCloudDeploy,
  toPlans: (doc) => readFile([doc]),
  combine: (docs) => readFile(docs),
};

function isCloudDeploy(doc: SourceDocument): boolean {
  const apiVersion = asString(field(doc.value, 'apiVersion'));
  const kind = asString(field(doc.value, 'kind'));
  return apiVersion !== undefined && API_VERSIONS.has(apiVersion) && kind !== undefined && KINDS.has(kind);
}

function kindOf(doc: SourceDocument): string | undefined {
  return asString(field(doc.value, 'kind'));
}

/** `ours` are the file's documents `detect` accepted, in order. */
function readFile(ours: SourceDocument[]): AdapterResult {
  const file: FileContext = { diagnostics: [], targets: new Map(), automations: [] };
  for (const doc of ours) {
    if (kindOf(doc) === 'Target') readTarget(file, doc);
    if (kindOf(doc) === 'Automation') readAutomation(file, doc);
  }
  const plans = ours
    .filter((doc) => kindOf(doc) === 'DeliveryPipeline')
    .flatMap((doc) => pipelinePlans(file, doc));
  return { plans, diagnostics: file.diagnostics };
}
