import type {
  EvidenceItem,
  Finding,
  FindingPlace,
  JudgedPlan,
  Report,
  Stage,
  Waiver,
} from '../core/model.js';
import { neutralizeJsonCommands } from './escape.js';
import { effectiveGateKinds } from './stages.js';

// Objects are built key by key, in the order of the documented contract, so that the output is
// stable whatever order the engine filled the Report in.

function stageJson(stage: Stage): Record<string, unknown> {
  return {
    weight: stage.weight,
    hold: stage.hold,
    gates: effectiveGateKinds(stage),
    ...(stage.name !== undefined ? { name: stage.name } : {}),
    ...(stage.segment !== undefined ? { segment: stage.segment } : {}),
  };
}

function planJson({ plan, environment, change }: JudgedPlan): Record<string, unknown> {
  return {
    id: plan.id,
    file: plan.file,
    line: plan.line,
    format: plan.format,
    environment,
    strategy: plan.strategy,
    stages: (plan.stages ?? []).map(stageJson),
    rollback: { automatic: plan.rollback?.automatic ?? false, how: plan.rollback?.how ?? [] },
    bypasses: (plan.bypasses ?? []).map((bypass) => ({
      field: bypass.field,
      reason: bypass.reason,
      line: bypass.line,
    })),
    change,
  };
}

function waiverJson(waiver: Waiver): Record<string, unknown> {
  return {
    kind: waiver.kind,
    by: waiver.by,
    reason: waiver.reason,
    ...(waiver.until !== undefined ? { until: waiver.until } : {}),
    ...(waiver.ticket !== undefined ? { ticket: waiver.ticket } : {}),
    source: waiver.source,
    originalLevel: waiver.originalLevel,
  };
}

type Waivers = NonNullable<Report['waivers']>;

function breakGlassJson(breakGlass: NonNullable<Waivers['breakGlass']>): Record<string, unknown> {
  return {
    label: breakGlass.label,
    approved: breakGlass.approved,
    ...(breakGlass.by !== undefined ? { by: breakGlass.by } : {}),
    ...(breakGlass.at !== undefined ? { at: breakGlass.at } : {}),
    ...(breakGlass.reason !== undefined ? { reason: breakGlass.reason } : {}),
    waived: breakGlass.waived,
  };
}

function waiversJson(waivers: Waivers): Record<string, unknown> {
  return {
    ...(waivers.breakGlass !== undefined ? { breakGlass: breakGlassJson(waivers.breakGlass) } : {}),
    notes: waivers.notes ?? [],
  };
}

function placeJson(place: FindingPlace): Record<string, unknown> {
  return {
    file: place.file ?? null,
    line: place.line ?? null,
    planId: place.planId ?? null,
    message: place.message,
  };
}

function findingJson(finding: Finding): Record<string, unknown> {
  return {
    rule: finding.rule,
    level: finding.level,
    message: finding.message,
    file: finding.file ?? null,
    line: finding.line ?? null,
    planId: finding.planId ?? null,
    remediation: finding.remediation,
    ...(finding.enforceFrom !== undefined ? { enforceFrom: finding.enforceFrom } : {}),
    ...(finding.waived !== undefined ? { waived: waiverJson(finding.waived) } : {}),
    ...(finding.places !== undefined ? { places: finding.places.map(placeJson) } : {}),
  };
}

function evidenceJson(item: EvidenceItem): Record<string, unknown> {
  return {
    kind: item.kind,
    url: item.url ?? null,
    ...(item.name !== undefined ? { name: item.name } : {}),
    ...(item.file !== undefined ? { file: item.file } : {}),
    ...(item.id !== undefined ? { id: item.id, repository: item.repository ?? null } : {}),
    verified: item.verified,
    accepted: item.accepted,
    reason: `${item.subject} ${item.reason}`,
    headSha: item.headSha ?? null,
    conclusion: item.conclusion ?? null,
    completedAt: item.completedAt ?? null,
  };
}

/**
 * The JSON report (docs/cli.md documents the contract, version 1): two-space indent, trailing
 * newline. An audit (`check --all`) has `"audit": true` and `"base": null`.
 */
export function renderJson(report: Report): string {
  const json = {
    version: report.version,
    verdict: report.verdict,
    // An audit judges one commit: git's empty tree is how it read every file as new, not a base.
    ...(report.audit ? { audit: true } : {}),
    base: report.audit ? null : report.base,
    head: report.head,
    policy: { source: report.policy.source },
    plans: report.plans.map(planJson),
    findings: report.findings.map(findingJson),
    evidence: (report.evidence ?? []).map(evidenceJson),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      plans: report.summary.plans,
    },
    ...(report.waivers !== undefined ? { waivers: waiversJson(report.waivers) } : {}),
  };
  return `${neutralizeJsonCommands(JSON.stringify(json, null, 2))}\n`;
}
