import type { Gate } from '../../core/model.js';
import { asArray, asString, field, isObject, path } from '../access.js';
import type { PathSegment } from '../types.js';
import { clip, describeValue as describe, fieldPath as dotted } from '../field-text.js';
import { compileGoRegexp } from '../go-regexp.js';
import type { Context } from './context.js';
import type { TemplateView } from './context.js';

/** Analysis references (step, background, pre/post-promotion) and their dryRun rules. */

/** A reference to an AnalysisTemplate (or, with clusterScope, a ClusterAnalysisTemplate). */
export interface TemplateRef {
  name: string;
  cluster: boolean;
}

export function readAnalysis(ctx: Context, at: PathSegment[], value: unknown): Gate | undefined {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with templates, got ${describe(value)}`);
    return undefined;
  }
  const refs = [...templateRefs(ctx, at, value), ...deprecatedTemplateName(ctx, at, value)];
  if (refs.length === 0) {
    ctx.invalid(at, 'names no AnalysisTemplate (templates: [{templateName: ...}]); it was ignored');
    return undefined;
  }
  const effective = readDryRun(ctx, at, value, refs) !== 'all';
  return { kind: 'analysis', name: refs.map((r) => r.name).join(', '), line: ctx.doc.lineOf(at), effective };
}

function templateRefs(ctx: Context, at: PathSegment[], analysis: unknown): TemplateRef[] {
  const raw = field(analysis, 'templates');
  if (raw === undefined || raw === null) return [];
  const templates = asArray(raw);
  if (templates === undefined) {
    ctx.invalid([...at, 'templates'], `must be a list of {templateName: ...}, got ${describe(raw)}`);
    return [];
  }
  return templates.flatMap((template, index) => {
    const name = asString(field(template, 'templateName'));
    if (name === undefined || name === '') {
      ctx.invalid([...at, 'templates', index], 'must name its AnalysisTemplate in templateName');
      return [];
    }
    return [{ name, cluster: field(template, 'clusterScope') === true }];
  });
}

function deprecatedTemplateName(ctx: Context, at: PathSegment[], analysis: unknown): TemplateRef[] {
  const raw = field(analysis, 'templateName');
  if (raw === undefined) return [];
  const name = asString(raw);
  if (name === undefined || name === '') {
    ctx.invalid([...at, 'templateName'], `must be a template name, got ${describe(raw)}`);
    return [];
  }
  ctx.notes.push(
    `${dotted(at)}.templateName is the deprecated singular form; Argo Rollouts 1.0 and later expect templates: [{templateName: ${clip(name)}}]`,
  );
  return [{ name, cluster: false }];
}

/** The template a reference names, when the same file defines it for the Rollout's namespace. */
function templateOf(ctx: Context, ref: TemplateRef): TemplateView | undefined {
  const template = ctx.templates.get(
    `${ref.cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate'}/${ref.name}`,
  );
  if (template === undefined || ref.cluster) return template;
  const namespace = asString(path(ctx.doc.value, ['metadata', 'namespace']));
  return template.namespace === undefined || template.namespace === namespace ? template : undefined;
}

/**
 * Which metrics run in dry-run. Argo merges the Rollout's `dryRun` with each template's own and
 * matches every `metricName` as an unanchored Go regexp against the metric names of all the
 * templates (utils/analysis/helpers.go GetDryRunMetrics); a rule that matches no metric, or that
 * Go cannot compile, ends every AnalysisRun in Error, which aborts the rollout. With every template
 * in view the answer is exact. A template elsewhere cannot be seen, and any rule can cover all its
 * metrics (each rule must match at least one, and a template may have just that one): the analysis
 * is then counted as unable to abort, the reading that a dry-run cannot walk around.
 */
export function readDryRun(
  ctx: Context,
  at: PathSegment[],
  analysis: unknown,
  refs: TemplateRef[],
): 'all' | 'some' | 'none' {
  const dryRunAt = [...at, 'dryRun'];
  const own = readPatterns(ctx, dryRunAt, field(analysis, 'dryRun'));
  const retention = readPatterns(
    ctx,
    [...at, 'measurementRetention'],
    field(analysis, 'measurementRetention'),
  );
  const seen = refs.map((ref) => ({ ref, template: templateOf(ctx, ref) }));
  const unseen = seen.filter((entry) => entry.template === undefined).map((entry) => entry.ref.name);
  const visible = seen.flatMap((entry) => (entry.template ? [entry.template] : []));
  // A template's own rules are reported at the analysis that uses it (the template is another document).
  const patterns = [
    ...own,
    ...visible.flatMap((t) => t.dryRun.map((pattern) => compiledPattern(pattern, at))),
  ];
  const valid = patterns.filter((p) => p.ok);
  if (unseen.length === 0) {
    const metrics = visible.flatMap((t) => t.metrics);
    for (const rule of [...valid, ...retention.filter((r) => r.ok)]) {
      if (!metrics.some((metric) => rule.test(metric))) {
        ctx.invalid(
          rule.at,
          `metricName \`${clip(rule.pattern)}\` matches no metric of ${refs.map((r) => r.name).join(', ')}: Argo ends every AnalysisRun in Error, which aborts the rollout`,
        );
      }
    }
    if (valid.length === 0) return 'none';
    const live = metrics.filter((metric) => !valid.some((rule) => rule.test(metric)));
    const dry = metrics.filter((metric) => !live.includes(metric));
    if (live.length > 0) {
      if (dry.length > 0) {
        ctx.notes.push(
          `${dotted(dryRunAt)}: metrics ${dry.map((m) => `\`${clip(m)}\``).join(', ')} run in dry-run and cannot abort the rollout`,
        );
      }
      return 'some';
    }
    ctx.bypasses.push({
      field: dotted(dryRunAt),
      reason: `every metric of ${refs.map((r) => r.name).join(', ')} (${metrics.map((m) => clip(m)).join(', ') || 'none'}) runs in dry-run: its result can never abort the rollout`,
      line: ctx.doc.lineOf(dryRunAt),
    });
    return 'all';
  }
  if (valid.length === 0) {
    if (own.length === 0) {
      ctx.notes.push(
        `AnalysisTemplate ${unseen.map((n) => clip(n)).join(', ')} is not in this file: rollout-guard cannot see its metrics or its own dryRun`,
      );
    }
    return 'none';
  }
  // Metrics of the templates in view that no rule covers still run: those can abort.
  const liveInView = visible
    .flatMap((t) => t.metrics)
    .filter((metric) => !valid.some((rule) => rule.test(metric)));
  if (liveInView.length > 0) return 'some';
  ctx.bypasses.push({
    field: dotted(dryRunAt),
    reason: `dry-run rule${valid.length === 1 ? '' : 's'} ${valid.map((r) => `\`${clip(r.pattern)}\``).join(', ')} may cover every metric of AnalysisTemplate ${unseen.map((n) => clip(n)).join(', ')}, which is not in this file: rollout-guard cannot see its metrics, so the analysis is not counted as able to abort the rollout (define the template in the same file to have it read)`,
    line: ctx.doc.lineOf(dryRunAt),
  });
  return 'all';
}

interface Pattern {
  pattern: string;
  at: PathSegment[];
  ok: boolean;
  test(name: string): boolean;
}

function compiledPattern(pattern: string, at: PathSegment[]): Pattern {
  const compiled = compileGoRegexp(pattern);
  return compiled.ok
    ? { pattern, at, ok: true, test: (name) => compiled.test(name) }
    : { pattern, at, ok: false, test: () => false };
}

/** `dryRun` or `measurementRetention` rules: each metricName compiled as Go's regexp does. */
function readPatterns(ctx: Context, at: PathSegment[], raw: unknown): Pattern[] {
  if (raw === undefined || raw === null) return [];
  const rules = asArray(raw);
  if (rules === undefined) {
    ctx.invalid(at, `must be a list of {metricName: ...}, got ${describe(raw)}`);
    return [];
  }
  const seen = new Set<string>();
  return rules.flatMap((rule, index): Pattern[] => {
    const ruleAt = [...at, index, 'metricName'];
    const pattern = asString(field(rule, 'metricName'));
    if (pattern === undefined) {
      ctx.invalid([...at, index], 'must have a metricName');
      return [];
    }
    if (seen.has(pattern)) {
      ctx.invalid(
        ruleAt,
        `repeats metricName \`${clip(pattern)}\`: Argo Rollouts rejects two rules with the same name`,
      );
    }
    seen.add(pattern);
    const compiled = compileGoRegexp(pattern);
    if (!compiled.ok) {
      ctx.invalid(
        ruleAt,
        `is not a regular expression Go accepts (${clip(compiled.error)}): it matches no metric, so Argo ends every AnalysisRun of this analysis in Error, which aborts the rollout`,
      );
    }
    return [compiledPattern(pattern, ruleAt)];
  });
}

// ---------------------------------------------------------------------------------------------
