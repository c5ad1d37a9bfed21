import type { Finding, Level, Report } from '../core/model.js';
import { isLine, otherPlacesPhrase } from '../report/common.js';
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
  /** Findings per level that did not fit. */
  omitted: Record<Level, number>;
}

/**
 * The annotations to emit, most important first within each level (the report is already
 * sorted: errors, then by file and line), capped at what GitHub displays.
 */
export function planAnnotations(report: Report): AnnotationPlan {
  const omitted: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const finding of report.findings) {
    if (shown[finding.level] >= ANNOTATIONS_PER_LEVEL) {
      omitted[finding.level]++;
      continue;
    }
    shown[finding.level]++;
    annotations.push(toAnnotation(finding));
  }
  return { annotations, omitted };
}

/** "Also at lines 57, 59.": where else a merged finding's problem is, for its one annotation. */
function alsoAt(finding: Finding): string {
  const phrase = otherPlacesPhrase(finding, {
    line: String,
    place: ({ file, line }) => (isLine(line) ? `${file ?? '(change)'}:${line}` : (file ?? '(change)')),
  });
  return phrase === undefined ? '' : `\nAlso at ${phrase}.`;
}

/**
 * One annotation per finding, at its first place: a problem found at several places is one
 * annotation that names the others. The message is bounded like every renderer's (escape.ts); the
 * runner escapes the line breaks between its parts.
 */
function toAnnotation(finding: Finding): Annotation {
  return {
    level: finding.level,
    title: finding.rule,
    message: `${boundMessage(finding.message)}${alsoAt(finding)}\nFix: ${finding.remediation}`,
    ...(finding.file !== undefined ? { file: finding.file } : {}),
    ...(finding.line !== undefined ? { startLine: finding.line } : {}),
  };
}
