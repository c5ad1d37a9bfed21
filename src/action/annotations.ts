import type { Finding, Level, Report } from '../core/model.js';
import {
  LEVEL_ORDER,
  byLocation,
  isLine,
  naturalCompare,
  otherPlacesPhrase,
  plural,
} from '../report/common.js';
import { boundMessage } from '../report/escape.js';

/** GitHub shows at most this many annotations of each type per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Level;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings of each level that no annotation shows (each is in the job summary and the JSON report). */
  omitted: Record<Level, number>;
  /** Every finding, by level: what the annotations were chosen from. */
  total: Record<Level, number>;
}

function levelRank(level: Level): number {
  const rank = LEVEL_ORDER.indexOf(level);
  return rank < 0 ? LEVEL_ORDER.length : rank;
}

/** The findings of one rule in one file (or of one rule about the whole change): one annotation. */
interface Slot {
  file: string;
  findings: Finding[];
}

/**
 * The annotations to emit, at most ANNOTATIONS_PER_LEVEL of each level (what GitHub shows): one per
 * rule and file, so that ten findings of one file never hide the other files; and taken from the
 * files in turns, worst file first (the first finding of each file, then the second rule of each,
 * …), so that a large change is annotated across its files. Findings about the whole change, which
 * no file holds, come first; waived findings last within their (lowered) level.
 */
export function planAnnotations(report: Report): AnnotationPlan {
  const total: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const byFile = new Map<string, Map<string, Slot>>();
  const sorted = [...report.findings].sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      Number(a.waived !== undefined) - Number(b.waived !== undefined) ||
      byLocation(a, b),
  );
  for (const finding of sorted) {
    total[finding.level] = (total[finding.level] ?? 0) + 1;
    const file = finding.file ?? '';
    const slots = byFile.get(file) ?? new Map<string, Slot>();
    byFile.set(file, slots);
    const key = `${finding.level}\0${finding.rule}\0${finding.waived ? 'waived' : ''}`;
    const slot = slots.get(key);
    if (slot) slot.findings.push(finding);
    else slots.set(key, { file, findings: [finding] });
  }

  const annotations: Annotation[] = [];
  const annotated: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVEL_ORDER) {
    // Each file's slots of this level, in the order of its findings; files worst first.
    const files = [...byFile.entries()]
      .map(([file, slots]) => ({
        file,
        slots: [...slots.values()].filter((slot) => slot.findings[0]?.level === level),
        errors: [...slots.values()].reduce(
          (sum, slot) => sum + slot.findings.filter((f) => f.level === 'error').length,
          0,
        ),
      }))
      .filter((entry) => entry.slots.length > 0)
      .sort(
        (a, b) =>
          Number(a.file !== '') - Number(b.file !== '') ||
          b.errors - a.errors ||
          naturalCompare(a.file, b.file),
      );
    let shown = 0;
    for (let turn = 0; shown < ANNOTATIONS_PER_LEVEL; turn++) {
      const round = files.flatMap((entry) => entry.slots[turn] ?? []);
      if (round.length === 0) break;
      for (const slot of round) {
        if (shown >= ANNOTATIONS_PER_LEVEL) break;
        annotations.push(toAnnotation(slot));
        annotated[level] += slot.findings.length;
        shown += 1;
      }
    }
  }
  const omitted: Record<Level, number> = {
    error: total.error - annotated.error,
    warning: total.warning - annotated.warning,
    notice: total.notice - annotated.notice,
  };
  return { annotations, omitted, total };
}

/** "Also at lines 57, 59.": where else a merged finding's problem is, for its one annotation. */
function alsoAt(finding: Finding): string {
  const phrase = otherPlacesPhrase(finding, {
    line: String,
    place: ({ file, line }) => (isLine(line) ? `${file ?? '(change)'}:${line}` : (file ?? '(change)')),
  });
  return phrase === undefined ? '' : `\nAlso at ${phrase}.`;
}

/** "And 4 more canary/regression findings in this file, at lines 2, 27: see the job summary." */
function sameRule(slot: Slot): string {
  const rest = slot.findings.slice(1);
  if (rest.length === 0) return '';
  const first = slot.findings[0] as Finding;
  const lines = [...new Set(rest.map((f) => f.line).filter(isLine))].sort((a, b) => a - b);
  const where = slot.file === '' ? 'about the change' : 'in this file';
  const at = lines.length > 0 ? `, at ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}` : '';
  return `\nAnd ${plural(rest.length, `more ${first.rule} finding`)} ${where}${at}: see the job summary.`;
}

/**
 * One annotation per rule and file, at its first finding's place: a problem found at several places
 * names the others, and the other findings of the rule in the file are counted. The message is
 * bounded like every renderer's (escape.ts); the runner escapes the line breaks between its parts.
 */
function toAnnotation(slot: Slot): Annotation {
  const finding = slot.findings[0] as Finding;
  return {
    level: finding.level,
    title: finding.rule,
    message: `${boundMessage(finding.message)}${alsoAt(finding)}${sameRule(slot)}\nFix: ${finding.remediation}`,
    ...(finding.file !== undefined ? { file: finding.file } : {}),
    ...(finding.line !== undefined ? { startLine: finding.line } : {}),
  };
}
