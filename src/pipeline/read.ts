/**
 * Reads the changed files into plans, one side at a time: the head first (its workloads decide
 * which unchanged files are worth looking up), then the base.
 */
import type { ChangedFile, ChangeSet, Diagnostic, FileContent, RolloutPlan } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import { DEFAULT_PARSE_LIMITS, findTemplateLine, tooLargeMessage } from '../formats/document.js';
import type { ParseLimits } from '../formats/document.js';
import { readManifestFile } from '../formats/registry.js';
import type { FileReading } from '../formats/registry.js';
import { contentPlans, contentPlansAtBase } from './content.js';
import { readRendered } from './rendered.js';
import { groupChartTemplates, protects, unverifiableRenders } from './renders.js';
import { manifestScope, pathOn, readKey, readsSide } from './select.js';
import type { ManifestScope, Side } from './select.js';

export interface HeadReading {
  plans: RolloutPlan[];
  diagnostics: Diagnostic[];
}

export interface BaseReading {
  plans: RolloutPlan[];
  /** Files whose base side could not be read into plans, by head path: their plans are not "added". */
  unreadableAtBase: Set<string>;
}

export function parseLimits(policy: Policy): ParseLimits {
  return { maxBytes: policy.manifests.maxFileBytes, maxDepth: 64, maxAliases: 100 };
}

/** Reads the two sides of a change; the base and head of a file whose text did not change share one parse. */
export class ChangeReader {
  private readonly scope: ManifestScope;
  private readonly limits: ParseLimits;
  private readonly heads = new Map<string, { text: string; reading: FileReading }>();

  constructor(
    private readonly changeSet: ChangeSet,
    private readonly policy: Policy,
    /** Files already parsed (on worker threads), by read key; the rest are parsed here. */
    private readonly readings?: ReadonlyMap<string, FileReading>,
  ) {
    this.scope = manifestScope(policy);
    this.limits = parseLimits(policy);
  }

  readHead(): HeadReading {
    const diagnostics: Diagnostic[] = [];
    const plans: RolloutPlan[] = [];
    for (const file of this.changeSet.files) {
      if (!file.head) continue;
      const path = file.path;
      if (file.head.kind !== 'text') {
        // Nothing that could hold a manifest is passed over silently, in scope or not.
        if (this.mayHoldManifests(file)) diagnostics.push(unreadable(path, file.head, this.limits.maxBytes));
        continue;
      }
      if (!this.reads(file, 'head')) continue;
      const reading = this.parse('head', path, file.head.text);
      const inScope = this.scope.included(path);
      // A plan's problems are reported wherever the file is; the file's own only inside the globs.
      diagnostics.push(...reading.diagnostics);
      if (inScope) diagnostics.push(...(reading.fileDiagnostics ?? []));
      const problems = reading.diagnostics.length + (reading.fileDiagnostics?.length ?? 0);
      if (inScope && !reading.recognised && problems === 0 && !isEmpty(file.head.text)) {
        diagnostics.push({
          code: 'MANIFEST_UNSUPPORTED',
          message: 'no supported rollout format recognises this file, so its rollout cannot be judged',
          file: path,
          line: 1,
        });
      }
      const linked = file.linkedTo;
      const note = `read through the symbolic link to ${linked}`;
      plans.push(
        ...(linked === undefined
          ? reading.plans
          : reading.plans.map((p) => ({ ...p, notes: [...p.notes, note] }))),
      );
    }
    const defined = dropRedefinitions(plans, diagnostics);

    const templates = new Map<string, string>();
    for (const file of this.changeSet.files) {
      if (file.head?.kind === 'text' && findTemplateLine(file.head.text, file.path) !== undefined)
        templates.set(file.path, file.head.text);
    }

    const rendered = readRendered(this.changeSet.rendered ?? [], templates, this.limits);
    const unverifiable = unverifiableRenders({
      changeSet: this.changeSet,
      policy: this.policy,
      rendered,
      judgedFiles: new Set(defined.map((p) => p.file)),
    });
    const explained = new Set(unverifiable.map((d) => d.file));
    const judged = diagnostics.filter(
      (d) =>
        // A template that rendered output covers is judged through that output, and one where the
        // policy does not protect rollouts judges nothing.
        !(
          d.code === 'MANIFEST_TEMPLATED' &&
          (rendered.covered.has(d.file) || !protects(this.policy, d.file))
        ) &&
        // A values file or a patch is reported as what it is, not as an unknown format.
        !(d.code === 'MANIFEST_UNSUPPORTED' && explained.has(d.file)),
    );
    judged.push(...unverifiable, ...rendered.diagnostics);
    const grouped = groupChartTemplates(judged, this.changeSet);
    const renderedIds = new Set(rendered.plans.map((p) => p.id));
    const headPlans = [...defined.filter((p) => !renderedIds.has(p.id)), ...rendered.plans];
    headPlans.push(...contentPlans(this.changeSet, this.policy, headPlans));
    return { plans: headPlans, diagnostics: grouped };
  }

  readBase(): BaseReading {
    const plans: RolloutPlan[] = [];
    const unreadableAtBase = new Set<string>();
    for (const file of this.changeSet.files) {
      if (!file.base || !this.reads(file, 'base')) continue;
      if (file.base.kind !== 'text') {
        unreadableAtBase.add(file.path);
        continue;
      }
      const reading = this.parse('base', pathOn(file, 'base'), file.base.text);
      if (reading.templated || reading.diagnostics.some((d) => d.code !== 'MANIFEST_UNSUPPORTED')) {
        unreadableAtBase.add(file.path);
      }
      plans.push(...reading.plans);
    }
    plans.push(...contentPlansAtBase(this.changeSet, this.policy));
    return { plans, unreadableAtBase };
  }

  private reads(file: ChangedFile, side: Side): boolean {
    return readsSide(file, side, this.scope);
  }

  /**
   * An entry the pipeline cannot read (binary, too large, a link that leads outside the
   * repository, a submodule) that could hold manifests: at a path it would read, or a folder
   * (a submodule) whose YAML files would be in scope.
   */
  private mayHoldManifests(file: ChangedFile): boolean {
    if (this.scope.excluded(file.path)) return false;
    if (this.reads(file, 'head')) return true;
    return file.head?.kind === 'not-a-file' && this.scope.included(`${file.path}/manifest.yaml`);
  }

  private parse(side: Side, path: string, text: string): FileReading {
    const head = side === 'base' ? this.heads.get(path) : undefined;
    if (head !== undefined && head.text === text) return head.reading;
    const reading = this.readings?.get(readKey(side, path)) ?? readManifestFile(text, path, this.limits);
    if (side === 'head') this.heads.set(path, { text, reading });
    return reading;
  }
}

/**
 * `kubectl apply` applies both definitions of an object in one file, so the later one is what
 * runs: keep that one, and say that the file defines the object twice.
 */
function dropRedefinitions(plans: RolloutPlan[], diagnostics: Diagnostic[]): RolloutPlan[] {
  const kept: RolloutPlan[] = [];
  const at = new Map<string, number>();
  for (const plan of plans) {
    const key = `${plan.file}\0${plan.id}`;
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, kept.length);
      kept.push(plan);
      continue;
    }
    diagnostics.push({
      code: 'MANIFEST_FIELD_INVALID',
      message: `${plan.target.kind} ${plan.target.name} is defined twice in this file (also on line ${(kept[index] as RolloutPlan).line}); the later definition is the one applied and judged`,
      file: plan.file,
      line: plan.line,
    });
    kept[index] = plan;
  }
  return kept;
}

function isEmpty(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^\s*---\s*$/.test(line));
}

export function unreadable(
  path: string,
  content: Exclude<FileContent, { kind: 'text' }>,
  maxBytes = DEFAULT_PARSE_LIMITS.maxBytes,
): Diagnostic {
  const messages: Record<typeof content.kind, string> = {
    binary: 'the file is binary or not valid UTF-8, so it cannot be read as a manifest',
    'too-large': tooLargeMessage('bytes' in content ? content.bytes : maxBytes + 1, maxBytes),
    symlink:
      'the file is a symbolic link that leads outside the repository, to nothing, or round in a loop; such links are never followed, so it cannot be judged',
    'not-a-file':
      'the path is a submodule (or another entry that is not a file): rollout-guard does not read it, so the manifests it may hold cannot be judged',
  };
  return {
    code: content.kind === 'too-large' ? 'MANIFEST_TOO_LARGE' : 'MANIFEST_NOT_TEXT',
    message: messages[content.kind],
    file: path,
    line: 1,
  };
}
