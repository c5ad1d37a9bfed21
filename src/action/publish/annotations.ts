/** Publishing step: the findings as annotations on the changed lines, and a break-glass notice. */
import * as core from '@actions/core';
import type { Level, Report } from '../../core/model.js';
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../annotations.js';

/**
 * Writes the annotations GitHub shows (ten of each level per step) and returns the note the job
 * summary carries about those left out, if any.
 */
export function writeAnnotations(report: Report): string | undefined {
  const { annotations, omitted, total } = planAnnotations(report);
  for (const a of annotations) {
    const properties = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  const breakGlass = report.waivers?.breakGlass;
  if (breakGlass?.approved) {
    core.notice(
      `Break-glass: label "${breakGlass.label}" approved by ${breakGlass.by} on ${breakGlass.at}; ${breakGlass.waived} finding(s) turned into warnings.`,
      { title: 'rollout-guard break-glass' },
    );
  }
  return annotationNote(omitted, total);
}

/**
 * What the annotations left out, counted exactly: GitHub shows ten of each level per step, and
 * each annotation is one rule in one file. Undefined when every finding has its annotation.
 */
function annotationNote(omitted: Record<Level, number>, total: Record<Level, number>): string | undefined {
  const all = total.error + total.warning + total.notice;
  const left = omitted.error + omitted.warning + omitted.notice;
  if (left === 0) return undefined;
  return `> Annotations show ${all - left} of the ${all} findings: GitHub shows ${ANNOTATIONS_PER_LEVEL} of each level per step, and each annotation is one rule in one file. Every finding is in the JSON report.`;
}
