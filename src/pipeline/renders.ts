/**
 * Changes that alter what is rendered without touching a rollout file: a Helm chart's values, a
 * Flux HelmRelease's or an Argo CD Application's source and values, a kustomization's patches, a
 * JSON patch. Rendered output (`--rendered`, `rendered-manifests`) lets them be judged; without it
 * they are "unverifiable" where the policy protects rollouts, never silently passed over.
 */
import { environmentFor } from '../core/environments.js';
import type { ChangedFile, ChangeSet, ContextFile, Diagnostic, RolloutPlan } from '../core/model.js';
import { dirOf } from '../core/namespaces.js';
import type { Policy } from '../core/policy.js';
import { asArray, asObject, asString, field, isObject, path as at } from '../formats/access.js';
import { parseManifestText } from '../formats/document.js';
import type { RenderedReading } from './rendered.js';

/** Kinds whose rollout rollout-guard judges: a patch or values that may reach them matter. */
const ROLLOUT_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Rollout',
  'Canary',
  'CloneSet',
  'Service', // Knative Service
  'RolloutPlan',
]);

const CHART_INPUT =
  /(?:^|\/)(?:values[^/]*\.(?:ya?ml|json)|Chart\.yaml|Chart\.lock|requirements\.ya?ml|charts\/[^/]+\.tgz)$/;

interface Input {
  changeSet: ChangeSet;
  policy: Policy;
  rendered: RenderedReading;
  /** Files that yielded plans at head: judged as they are. */
  judgedFiles: ReadonlySet<string>;
}

export function unverifiableRenders(input: Input): Diagnostic[] {
  const diagnostics = [...chartInputs(input), ...releaseSources(input), ...kustomizePatches(input)];
  // Only where the policy protects rollouts: elsewhere an unverifiable render judges nothing.
  return diagnostics.filter((d) => protects(input.policy, d.file));
}

/** Whether the environment of a path requires a progressive rollout. */
export function protects(policy: Policy, file: string): boolean {
  const probe: RolloutPlan = {
    id: `render:${file}`,
    format: 'kubernetes',
    file,
    line: 1,
    target: { kind: 'Render', name: '' },
    strategy: 'all-at-once',
    stages: [],
    backgroundGates: [],
    rollback: { automatic: false, how: [] },
    bypasses: [],
    notes: [],
  };
  return environmentFor(probe, policy).canary.required;
}

// ---------------------------------------------------------------------------------------------
// Helm charts

function chartInputs({ changeSet, rendered }: Input): Diagnostic[] {
  const charts = chartFolders(changeSet);
  const diagnostics: Diagnostic[] = [];
  for (const file of changeSet.files) {
    if (!CHART_INPUT.test(file.path)) continue;
    const chart = nearestChart(file.path, charts);
    if (chart === undefined || chart.library) continue;
    // Templates are judged (or reported) as templates; a subchart folder is a chart of its own.
    const within = file.path.slice(chart.folder === '' ? 0 : chart.folder.length + 1);
    if (within.startsWith('templates/')) continue;
    if (rendered.charts.has(chart.name) || rendered.charts.has(basename(chart.folder))) continue;
    diagnostics.push({
      code: 'MANIFEST_UNVERIFIABLE',
      message: `${basename(file.path)} changes what the Helm chart ${chart.name} (${chart.folder || '.'}) renders, so the rollouts it renders cannot be judged from this file: render the chart in an earlier step (helm template) and pass the output as rendered-manifests (--rendered)`,
      file: file.path,
      line: 1,
      group: chartLabel(chart),
    });
  }
  return diagnostics;
}

interface Chart {
  folder: string;
  name: string;
  library: boolean;
}

function chartLabel(chart: Chart): string {
  return `the Helm chart ${chart.name} (${chart.folder || '.'})`;
}

/**
 * The changed templates of one chart and its changed values are one problem (the chart changes and
 * its output is not given): the templates' diagnostics join the chart's group.
 */
export function groupChartTemplates(diagnostics: Diagnostic[], changeSet: ChangeSet): Diagnostic[] {
  const charts = chartFolders(changeSet);
  if (charts.size === 0) return diagnostics;
  return diagnostics.map((d) => {
    if (d.code !== 'MANIFEST_TEMPLATED' || d.group !== undefined) return d;
    const chart = nearestChart(d.file, charts);
    return chart === undefined ? d : { ...d, group: chartLabel(chart) };
  });
}

/** Folders that hold a Chart.yaml at head, from the change and from the source's folder lookup. */
function chartFolders(changeSet: ChangeSet): Map<string, Chart> {
  const files: ContextFile[] = [...(changeSet.folderFiles?.head ?? [])];
  for (const file of changeSet.files) if (file.head) files.push({ path: file.path, content: file.head });
  const charts = new Map<string, Chart>();
  for (const file of files) {
    if (!/(?:^|\/)Chart\.yaml$/.test(file.path)) continue;
    const folder = dirOf(file.path);
    const value = file.content.kind === 'text' ? firstDocument(file.content.text, file.path) : undefined;
    charts.set(folder, {
      folder,
      name: asString(field(value, 'name')) ?? basename(folder),
      library: asString(field(value, 'type')) === 'library',
    });
  }
  // Without a view of the repository's folders (the API source), a values file of a folder under
  // `charts/` or `helm/` is taken to be a chart's.
  if (changeSet.folderFiles === undefined) {
    for (const file of changeSet.files) {
      const match = /^(.*?(?:^|\/)(?:charts?|helm)\/[^/]+)\/values[^/]*\.(?:ya?ml|json)$/.exec(file.path);
      if (match?.[1] !== undefined && !charts.has(match[1])) {
        charts.set(match[1], { folder: match[1], name: basename(match[1]), library: false });
      }
    }
  }
  return charts;
}

function nearestChart(file: string, charts: ReadonlyMap<string, Chart>): Chart | undefined {
  for (let folder = dirOf(file); ; folder = dirOf(folder)) {
    const chart = charts.get(folder);
    if (chart) return chart;
    if (folder === '') return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Flux HelmRelease and Argo CD Application

/** What decides what an object deploys, by object; undefined for objects that are neither. */
function releaseInputs(
  value: unknown,
): { key: string; label: string; chart?: string; inputs: string } | undefined {
  if (!isObject(value)) return undefined;
  const apiVersion = asString(field(value, 'apiVersion')) ?? '';
  const kind = asString(field(value, 'kind'));
  const name = asString(at(value, ['metadata', 'name'])) ?? '';
  const namespace = asString(at(value, ['metadata', 'namespace'])) ?? '';
  const spec = asObject(field(value, 'spec'));
  if (spec === undefined) return undefined;
  if (kind === 'HelmRelease' && apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
    const inputs = ['chart', 'chartRef', 'values', 'valuesFrom', 'postRenderers'].map((key) =>
      field(spec, key),
    );
    const chart = asString(at(spec, ['chart', 'spec', 'chart']));
    return {
      key: `HelmRelease/${namespace}/${name}`,
      label: `HelmRelease ${name}`,
      ...(chart ? { chart } : {}),
      inputs: JSON.stringify(inputs),
    };
  }
  if ((kind === 'Application' || kind === 'ApplicationSet') && apiVersion.startsWith('argoproj.io/')) {
    const template = kind === 'ApplicationSet' ? asObject(at(spec, ['template', 'spec'])) : spec;
    const inputs = ['source', 'sources'].map((key) => field(template, key));
    const sources = [field(template, 'source'), ...(asArray(field(template, 'sources')) ?? [])];
    const chart = sources.map((s) => asString(field(s, 'chart'))).find((c) => c !== undefined);
    return {
      key: `${kind}/${namespace}/${name}`,
      label: `${kind} ${name}`,
      ...(chart ? { chart } : {}),
      inputs: JSON.stringify(inputs),
    };
  }
  return undefined;
}

const RELEASE_KIND = /kind["']?\s*:\s*["']?(?:HelmRelease|Application|ApplicationSet)\b/;

function releaseSources({ changeSet, rendered }: Input): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of changeSet.files) {
    const head = textOf(file.head);
    if (head === undefined || !RELEASE_KIND.test(head)) continue;
    const before = new Map<string, string>();
    const baseText = textOf(file.base);
    if (baseText !== undefined) {
      for (const doc of parseManifestText(baseText, file.previousPath ?? file.path).documents) {
        const release = releaseInputs(doc.value);
        if (release) before.set(release.key, release.inputs);
      }
    }
    for (const doc of parseManifestText(head, file.path).documents) {
      const release = releaseInputs(doc.value);
      if (!release || before.get(release.key) === release.inputs) continue;
      if (release.chart !== undefined && rendered.charts.has(release.chart)) continue;
      diagnostics.push({
        code: 'MANIFEST_UNVERIFIABLE',
        message: `the change ${before.has(release.key) ? 'changes the source or values of' : 'adds'} ${release.label}, which decides what is deployed: the rollouts it renders cannot be judged from this file; render them in an earlier step and pass the output as rendered-manifests (--rendered)`,
        file: file.path,
        line: doc.lineOf(['spec']),
      });
    }
  }
  return diagnostics;
}

// ---------------------------------------------------------------------------------------------
// Kustomize patches

const PATCH_KEYS = ['patches', 'patchesStrategicMerge', 'patchesJson6902'] as const;

function kustomizePatches({ changeSet, rendered, judgedFiles }: Input): Diagnostic[] {
  if (rendered.given) return []; // kustomize build output carries no source marks: judged as rendered
  const diagnostics: Diagnostic[] = [];
  const changedText = new Map<string, string>();
  for (const file of changeSet.files) {
    const head = textOf(file.head);
    if (head !== undefined) changedText.set(file.path, head);
  }
  // What a path-only entry patches is the kind its patch file names (a strategic-merge patch).
  const kindOfFile = (path: string): string | undefined => {
    const text = changedText.get(path);
    const value = text === undefined ? undefined : parseManifestText(text, path).documents[0]?.value;
    return asString(field(value, 'kind'));
  };
  const reaches = (entry: PatchEntry, folder: string): boolean => {
    const kind =
      entry.kind ?? (entry.path !== undefined ? kindOfFile(joinPath(folder, entry.path)) : undefined);
    return kind === undefined || ROLLOUT_KINDS.has(kind);
  };

  const kustomizations = new Map<string, { text: string; path: string }>();
  for (const file of changeSet.folderFiles?.head ?? []) {
    const text = textOf(file.content);
    if (text !== undefined && isKustomization(file.path))
      kustomizations.set(dirOf(file.path), { text, path: file.path });
  }
  for (const file of changeSet.files) {
    const head = textOf(file.head);
    if (head === undefined || !isKustomization(file.path)) continue;
    const folder = dirOf(file.path);
    kustomizations.set(folder, { text: head, path: file.path });
    const now = patchEntries(head, file.path);
    const was = patchEntries(textOf(file.base) ?? '', file.previousPath ?? file.path);
    const changed = now.filter((entry) => !was.some((w) => w.json === entry.json));
    const targeting = changed.filter((entry) => reaches(entry, folder));
    if (targeting.length > 0) {
      diagnostics.push({
        code: 'MANIFEST_UNVERIFIABLE',
        message: `the change edits ${targeting.length === 1 ? 'a patch' : `${targeting.length} patches`} of this kustomization that can reach ${describeKinds(targeting)}: what it builds cannot be judged from this file; build it in an earlier step (kustomize build) and pass the output as rendered-manifests (--rendered)`,
        file: file.path,
        line: targeting[0]?.line ?? 1,
        group: `the kustomization ${file.path}`,
      });
    }
  }
  // Changed patch files a kustomization lists, and JSON patches wherever they are.
  const listed = new Map<string, { by: string; entry: PatchEntry; folder: string }>();
  for (const [folder, kustomization] of kustomizations) {
    for (const entry of patchEntries(kustomization.text, kustomization.path)) {
      if (entry.path !== undefined)
        listed.set(joinPath(folder, entry.path), { by: kustomization.path, entry, folder });
    }
  }
  for (const file of changeSet.files) {
    const head = textOf(file.head);
    if (head === undefined || judgedFiles.has(file.path)) continue;
    const listing = listed.get(file.path);
    if (listing ? !reaches(listing.entry, listing.folder) : !looksLikeJsonPatch(head, file.path)) continue;
    diagnostics.push({
      code: 'MANIFEST_UNVERIFIABLE',
      message: `this patch${listing ? ` (listed in ${listing.by})` : ''} changes what kustomize builds, so the rollout it patches cannot be judged from this file; build it in an earlier step (kustomize build) and pass the output as rendered-manifests (--rendered)`,
      file: file.path,
      line: 1,
      ...(listing ? { group: `the kustomization ${listing.by}` } : {}),
    });
  }
  return diagnostics;
}

function isKustomization(path: string): boolean {
  return /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/.test(path);
}

interface PatchEntry {
  json: string;
  kind?: string;
  path?: string;
  line: number;
}

function patchEntries(text: string, file: string): PatchEntry[] {
  const doc = parseManifestText(text, file).documents[0];
  if (doc === undefined || !isObject(doc.value)) return [];
  const entries: PatchEntry[] = [];
  for (const key of PATCH_KEYS) {
    (asArray(field(doc.value, key)) ?? []).forEach((item, index) => {
      const kind = asString(at(item, ['target', 'kind'])) ?? inlineKind(asString(field(item, 'patch')));
      const path = typeof item === 'string' ? item : asString(field(item, 'path'));
      entries.push({
        json: JSON.stringify([key, item]),
        ...(kind !== undefined ? { kind } : {}),
        ...(path !== undefined && !path.includes('\n') ? { path } : {}),
        line: doc.lineOf([key, index]),
      });
    });
  }
  return entries;
}

function inlineKind(patch: string | undefined): string | undefined {
  return patch === undefined ? undefined : /^\s*kind\s*:\s*["']?([A-Za-z]+)/m.exec(patch)?.[1];
}

/** A YAML or JSON list of `{op, path}` operations: an RFC 6902 patch. */
function looksLikeJsonPatch(text: string, file: string): boolean {
  if (!/\bop["']?\s*:/.test(text) || !/\bpath["']?\s*:/.test(text)) return false;
  const value = parseManifestText(text, file).documents[0]?.value;
  const items = asArray(value);
  return (
    items !== undefined && items.length > 0 && items.every((op) => asString(field(op, 'op')) !== undefined)
  );
}

function describeKinds(entries: PatchEntry[]): string {
  const kinds = [...new Set(entries.map((e) => e.kind).filter((k): k is string => k !== undefined))];
  return kinds.length > 0 ? `a ${kinds.join(' or a ')}` : 'any workload or rollout (no target kind)';
}

function firstDocument(text: string, file: string): unknown {
  return parseManifestText(text, file).documents[0]?.value;
}

function textOf(content: ChangedFile['head'] | ContextFile['content'] | undefined): string | undefined {
  return content?.kind === 'text' ? content.text : undefined;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function joinPath(folder: string, relative: string): string {
  const stack = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') stack.pop();
    else stack.push(part);
  }
  return stack.join('/');
}
