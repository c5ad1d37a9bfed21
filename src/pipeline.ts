import { compileGlobs } from './core/environments.js';
import { linkDeliveries } from './core/correlate.js';
import { evaluate } from './core/evaluate.js';
import type { PlanInput } from './core/evaluate.js';
import type { ChangeSet, Diagnostic, FileContent, Report, RolloutPlan } from './core/model.js';
import type { Policy } from './core/policy.js';
import { readManifestFile } from './formats/registry.js';

export interface CheckOptions {
  changeSet: ChangeSet;
  policy: Policy;
  /** Repository path of the policy file, to notice edits to it. */
  policyPath: string;
  now: Date;
  ownCheckNames?: string[];
}

// A document that names an API object or a rollout-guard plan, in YAML or JSON.
const MANIFEST_HINT = /^\s*(?:"apiVersion"|apiVersion|"kind"|kind)\s*:/m;

/**
 * From a change to a report: decide which files are manifests, read their plans at base and head,
 * pair them by id, and judge. Pure: the sources have already read every byte it needs.
 */
export function checkChange(options: CheckOptions): Report {
  const { changeSet, policy } = options;
  const scope = manifestScope(policy);
  const limits = { maxBytes: policy.manifests.maxFileBytes, maxDepth: 64, maxAliases: 100 };
  const diagnostics: Diagnostic[] = [];
  const headPlans = new Map<string, RolloutPlan>();
  const basePlans = new Map<string, RolloutPlan>();

  const read = (path: string, content: FileContent, side: 'base' | 'head'): RolloutPlan[] => {
    if (scope.excluded(path)) return [];
    const inScope = scope.included(path);
    if (content.kind !== 'text') {
      if (side === 'head' && inScope) diagnostics.push(unreadable(path, content));
      return [];
    }
    if (!inScope && !MANIFEST_HINT.test(content.text)) return [];
    const reading = readManifestFile(content.text, path, limits);
    if (side === 'head') {
      const relevant =
        inScope ||
        reading.recognised ||
        reading.templated ||
        reading.plans.length > 0 ||
        MANIFEST_HINT.test(content.text);
      if (relevant) diagnostics.push(...reading.diagnostics);
      if (inScope && !reading.recognised && reading.diagnostics.length === 0 && !isEmpty(content.text)) {
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
    if (file.base) {
      for (const plan of read(file.previousPath ?? file.path, file.base, 'base')) {
        if (!basePlans.has(plan.id)) basePlans.set(plan.id, plan);
      }
    }
    if (file.head) {
      for (const plan of read(file.path, file.head, 'head')) {
        if (!headPlans.has(plan.id)) headPlans.set(plan.id, plan);
      }
    }
  }

  const contextPlans: RolloutPlan[] = [];
  for (const file of changeSet.context) {
    if (file.content.kind !== 'text' || scope.excluded(file.path)) continue;
    const reading = readManifestFile(file.content.text, file.path, limits);
    contextPlans.push(...reading.plans.filter((p) => p.delivers !== undefined && !headPlans.has(p.id)));
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
  for (const plan of linked) {
    const deliverer = contextPlans.find((c) => c.id === plan.deliveredBy);
    if (deliverer && !judgedIds.has(deliverer.id)) {
      plans.push({ plan: deliverer, change: 'unchanged' });
      judgedIds.add(deliverer.id);
    }
  }

  return evaluate({
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

function manifestScope(policy: Policy) {
  return {
    included: compileGlobs(policy.manifests.include),
    excluded: compileGlobs(policy.manifests.exclude),
  };
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
