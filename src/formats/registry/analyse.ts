import type { Diagnostic } from '../../core/model.js';
import type { FormatAdapter, SourceDocument } from '../types.js';
import {
  fileUnits,
  findTemplateActions,
  isTemplateByExtension,
  isTemplatePath,
  lineCounter,
  mayHoldPlan,
  parseText,
  tooLargeMessage,
} from '../yaml/index.js';
import type { ParseLimits, Unit } from '../yaml/index.js';
import type { Locate, Take } from './documents.js';
import { judgeUnit } from './judge-unit.js';

export interface Analysis {
  judged: { adapter: FormatAdapter; takes: Take[] }[];
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  fileDiagnostics: Diagnostic[];
  recognised: boolean;
  templated: boolean;
  lineAt: (offset: number) => number;
}

/**
 * Reads a file: over the size limit or a template file, it is reported as such; otherwise each
 * document is read by every reader its format uses and judged (judge-unit.ts), and Go template
 * actions in a document that produces a plan make the whole file a template.
 */
export function analyse(text: string, file: string, limits: ParseLimits): Analysis {
  const lines = lineCounter(text);
  const lineAt = (offset: number) => lines.lineAt(offset);
  const locate: Locate = (offset) => ({ line: lines.lineAt(offset), column: lines.columnAt(offset) });
  const empty = (): Analysis => ({
    judged: [],
    documents: [],
    diagnostics: [],
    fileDiagnostics: [],
    recognised: false,
    templated: false,
    lineAt,
  });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    const diagnostic: Diagnostic = {
      code: 'MANIFEST_TOO_LARGE',
      message: tooLargeMessage(bytes, limits.maxBytes),
      file,
      line: 1,
    };
    // A file too large to read may still hide a rollout: it is the rollout's problem if it names one.
    return mayHoldPlan(text)
      ? { ...empty(), diagnostics: [diagnostic] }
      : { ...empty(), fileDiagnostics: [diagnostic] };
  }

  if ((isTemplateByExtension(file) || isTemplatePath(file)) && /(?<!\$)\{\{/.test(text)) {
    const first = findTemplateActions(text, undefined)[0];
    return {
      ...empty(),
      templated: true,
      diagnostics: [templated(file, first === undefined ? 1 : lineAt(first))],
    };
  }

  const parsed = parseText(text, { maxDepth: limits.maxDepth });
  const cloudFormation = looksLikeCloudFormation(text);
  const units = fileUnits(parsed, { cloudFormation, maxAliases: limits.maxAliases });
  const analysis: Analysis = empty();
  const templatable = new Set<Unit>();
  const unknown = new Set<Unit>();

  for (const unit of units) {
    const outcome = judgeUnit(unit, parsed.text, file, locate, cloudFormation);
    if (outcome.recognised) analysis.recognised = true;
    if (outcome.templatable) templatable.add(unit);
    if (!outcome.recognised) unknown.add(unit);
    analysis.diagnostics.push(...outcome.diagnostics);
    analysis.fileDiagnostics.push(...outcome.fileDiagnostics);
    analysis.judged.push(...outcome.judged);
    analysis.documents.push(...outcome.documents);
  }

  // Go template actions in the structure of a document that produces a plan (not in its quoted
  // or block scalars, where they are data) make the whole file a template.
  if (text.includes('{{')) {
    const actions = findTemplateActions(text, parsed.stream);
    let u = 0;
    for (const offset of actions) {
      while (u < units.length - 1 && (units[u] as Unit).end <= offset) u++;
      const unit = units[u];
      if (unit === undefined || offset < unit.start || offset >= unit.end) continue;
      if (templatable.has(unit) || (unknown.has(unit) && mayHoldPlan(text.slice(unit.start, unit.end)))) {
        return {
          ...empty(),
          recognised: analysis.recognised,
          templated: true,
          diagnostics: [templated(file, lineAt(offset))],
        };
      }
    }
  }
  return analysis;
}

function templated(file: string, line: number): Diagnostic {
  return {
    code: 'MANIFEST_TEMPLATED',
    message:
      'file is a template (Go/Helm `{{ }}` actions); its rollout cannot be judged until it is rendered',
    file,
    line,
  };
}

/** A CloudFormation or SAM template, by its top-level keys. */
export function looksLikeCloudFormation(text: string): boolean {
  return (
    /^AWSTemplateFormatVersion\s*:/m.test(text) ||
    /^Transform\s*:.*AWS::Serverless/m.test(text) ||
    (/^Resources\s*:/m.test(text) && /^\s+Type\s*:\s*["']?AWS::/m.test(text))
  );
}
