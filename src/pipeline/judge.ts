/**
 * From the plans read on both sides to the report: where each object lives, which base object
 * each head object is, which rollout object delivers which workload, and what removing one means.
 */
import { approvalOf } from '../core/approvals.js';
import { delivers, isDeliverer, isWorkload } from '../core/correlate.js';
import { linkDeliveries } from '../core/correlate.js';
import { deletionWeakens } from '../core/deletion.js';
import { evaluate } from '../core/evaluate.js';
import type { PlanInput } from '../core/evaluate.js';
import type { ChangeSet, ContextFile, Report, RolloutPlan } from '../core/model.js';
import { dirOf, establishedNamespace } from '../core/namespaces.js';
import type { KustomizeNamespaces } from '../core/namespaces.js';
import { pairPlans } from '../core/pair.js';
import type { WaiverInput } from '../core/waivers.js';
import { isKustomizationFile, kustomizationNamespace } from '../formats/kustomization.js';
import { readManifestFile } from '../formats/registry.js';
import { exemptionsChangedBy } from './exemptions.js';
import type { Policy } from '../core/policy.js';
import type { Answered, CheckOptions } from './types.js';
import { parseLimits } from './read.js';
import type { BaseReading, HeadReading } from './read.js';
import { manifestScope } from './select.js';

export function judgeChange(
  reading: { head: HeadReading; base: BaseReading },
  context: readonly ContextFile[],
  options: CheckOptions,
): Report {
  const { changeSet, policy } = options;
  const { head, base } = reading;
  const scope = manifestScope(policy);
  const diagnostics = [...head.diagnostics];

  const renames = new Map(
    changeSet.files.flatMap((f) => (f.previousPath !== undefined ? [[f.previousPath, f.path] as const] : [])),
  );
  const kustomize = kustomizeNamespaces(changeSet);
  const namespaceAtBase = (plan: RolloutPlan) => establishedNamespace(plan, kustomize.base);
  const namespaceAtHead = (plan: RolloutPlan) => establishedNamespace(plan, kustomize.head);

  // Unchanged Canaries and Rollouts matter only when they deliver a changed workload (or stand in
  // for a removed one): only files naming one are parsed, so the cost follows the change.
  const names = contextNames(head.plans, base.plans);
  const contextPlans: RolloutPlan[] = [];
  for (const file of context) {
    if (file.content.kind !== 'text' || scope.excluded(file.path)) continue;
    if (!namesAny(file.content.text, names)) continue;
    const fileReading = readManifestFile(file.content.text, file.path, parseLimits(policy));
    contextPlans.push(...fileReading.plans.filter((p) => p.delivers !== undefined));
  }

  const linked = new Map<RolloutPlan, RolloutPlan>();
  const linkedPlans = linkDeliveries(head.plans, [...head.plans, ...contextPlans], namespaceAtHead);
  head.plans.forEach((plan, index) => linked.set(plan, linkedPlans[index] as RolloutPlan));

  const pairs = pairPlans({ base: base.plans, head: head.plans, renames, namespaceAtBase, namespaceAtHead });
  const removed = pairs.filter((p) => p.change === 'removed').map((p) => p.plan);
  const headOrder = new Map(head.plans.map((plan, index) => [plan, index]));
  const order = (plan: RolloutPlan) => headOrder.get(plan) ?? Number.MAX_SAFE_INTEGER;

  const plans: PlanInput[] = [];
  for (const pair of [...pairs].sort((a, b) => order(a.plan) - order(b.plan))) {
    if (pair.change === 'removed') {
      const deletion = deletionWeakens(pair.plan, {
        removed,
        head: [...head.plans, ...contextPlans],
        renames,
        reads: (path) => scope.reads(path),
        namespaceAtBase,
        namespaceAtHead,
      });
      plans.push({ plan: pair.plan, change: 'removed', ...(deletion ? { deletion } : {}) });
      continue;
    }
    let plan = linked.get(pair.plan) ?? pair.plan;
    if (pair.ambiguous) plan = { ...plan, notes: [...plan.notes, pair.ambiguous] };
    if (pair.basePlan) {
      plans.push({ plan, change: 'modified', basePlan: pair.basePlan });
    } else if (base.unreadableAtBase.has(plan.file)) {
      const note = 'the base version of this file could not be read, so the change is not compared with it';
      plans.push({ plan: { ...plan, notes: [...plan.notes, note] }, change: 'modified' });
    } else {
      plans.push({ plan, change: 'added' });
    }
  }

  // A changed workload delivered by an unchanged Canary or Rollout is judged through it.
  const judgedIds = new Set(plans.map((p) => p.plan.id));
  for (const plan of linkedPlans) {
    const deliverer = contextPlans.find(
      (c) => c.id === plan.deliveredBy && delivers(c, plan, namespaceAtHead),
    );
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
    ...(changeSet.audit === true ? { audit: true } : {}),
    ...(changeSet.checks ? { checks: changeSet.checks } : {}),
    ...(changeSet.evidence ? { evidence: changeSet.evidence } : {}),
    ...(options.ownCheckNames ? { ownCheckNames: options.ownCheckNames } : {}),
  });
}

/**
 * The names worth looking up among the unchanged files: the changed workloads (a Canary or Rollout
 * elsewhere may deliver one) and the workloads of removed rollout objects (another may take over).
 */
export function contextNames(
  headPlans: readonly RolloutPlan[],
  basePlans: readonly RolloutPlan[],
): Set<string> {
  const names = new Set<string>();
  for (const plan of headPlans) if (isWorkload(plan)) names.add(plan.target.name);
  const atHead = new Set(headPlans.map((p) => p.id));
  for (const plan of basePlans) {
    if (plan.delivers !== undefined && !atHead.has(plan.id)) names.add(plan.delivers.name);
  }
  return names;
}

/**
 * Which asked names a set of context files answers, linked as {@link judgeChange} links them: every
 * changed workload of the name has a deliverer among the changed files, the change set's context
 * and the files given; a name that is no changed workload's (a removed rollout object's workload)
 * is answered by any deliverer of that name. Each file is parsed once, whatever the calls.
 */
export function answeredBy(
  headPlans: readonly RolloutPlan[],
  changeSet: ChangeSet,
  policy: Policy,
): Answered {
  const kustomize = kustomizeNamespaces(changeSet).head;
  const namespaceOf = (plan: RolloutPlan) => establishedNamespace(plan, kustomize);
  const workloads = new Map<string, RolloutPlan[]>();
  for (const plan of headPlans) {
    if (isWorkload(plan)) workloads.set(plan.target.name, [...(workloads.get(plan.target.name) ?? []), plan]);
  }
  const scope = manifestScope(policy);
  const parsed = new Map<string, RolloutPlan[]>();
  const deliverersIn = (file: ContextFile): RolloutPlan[] => {
    let plans = parsed.get(file.path);
    if (plans === undefined) {
      // Only a file with a Canary or Rollout line is parsed (the git source greps for the same).
      plans =
        file.content.kind === 'text' && !scope.excluded(file.path) && ROLLOUT_KIND.test(file.content.text)
          ? readManifestFile(file.content.text, file.path, parseLimits(policy)).plans.filter(isDeliverer)
          : [];
      parsed.set(file.path, plans);
    }
    return plans;
  };
  return (files) => {
    const deliverers = [
      ...headPlans.filter(isDeliverer),
      ...[...changeSet.context, ...files].flatMap(deliverersIn),
    ];
    const answered = new Set<string>();
    for (const [name, plans] of workloads) {
      if (plans.every((plan) => deliverers.some((d) => delivers(d, plan, namespaceOf)))) answered.add(name);
    }
    for (const deliverer of deliverers) {
      if (isDeliverer(deliverer) && !workloads.has(deliverer.delivers.name))
        answered.add(deliverer.delivers.name);
    }
    return answered;
  };
}

/** The namespaces kustomization files set, at base and at head, from the change and from the lookup. */
function kustomizeNamespaces(changeSet: ChangeSet): { base: KustomizeNamespaces; head: KustomizeNamespaces } {
  const read = (files: readonly ContextFile[], into: Map<string, string | null>) => {
    for (const file of files) {
      if (file.content.kind !== 'text' || !isKustomizationFile(file.path)) continue;
      const namespace = kustomizationNamespace(file.content.text, file.path);
      // An unreadable kustomization establishes nothing: its folder's objects stay unplaced.
      if (namespace !== undefined) into.set(dirOf(file.path), namespace);
    }
  };
  const base = new Map<string, string | null>();
  const head = new Map<string, string | null>();
  read(changeSet.folderFiles?.base ?? [], base);
  read(changeSet.folderFiles?.head ?? [], head);
  for (const file of changeSet.files) {
    if (!isKustomizationFile(file.path) && !isKustomizationFile(file.previousPath ?? '')) continue;
    if (file.base) read([{ path: file.previousPath ?? file.path, content: file.base }], base);
    if (file.head) read([{ path: file.path, content: file.head }], head);
    // A kustomization the change deletes sets nothing at head.
    if (!file.head) head.delete(dirOf(file.path));
  }
  return { base, head };
}

/** A `kind: Canary` or `kind: Rollout` line, in YAML or JSON (as the git source's search). */
const ROLLOUT_KIND = /kind["']?\s*:\s*["']?(?:Canary|Rollout)(?:[^A-Za-z0-9]|$)/m;

/** Whether a `name:` value in the text is one of the names (a YAML or JSON scan, no parse). */
function namesAny(text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  for (const match of text.matchAll(/"?name"?\s*:\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)/g)) {
    if (names.has(match[1] as string)) return true;
  }
  return false;
}
