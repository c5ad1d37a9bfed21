import type { Diagnostic, InlineExemption } from '../core/model.js';
import { RULE_IDS } from '../core/model.js';
import { asString, path } from './access.js';
import type { SourceDocument } from './types.js';

export const EXEMPT_ANNOTATION = 'rollout-guard.dev/exempt';
export const EXEMPT_REASON_ANNOTATION = 'rollout-guard.dev/exempt-reason';
export const EXEMPT_EXPIRES_ANNOTATION = 'rollout-guard.dev/exempt-expires';

/**
 * Reads an exemption written on a manifest's annotations:
 * `rollout-guard.dev/exempt: canary/min-stages, canary/min-hold` with `…/exempt-reason` and
 * `…/exempt-expires: YYYY-MM-DD`. All three are required; anything else is a diagnostic and no
 * exemption. Whether it is honoured (present on the base, or approved) is the engine's decision.
 */
export function readInlineExemption(doc: SourceDocument): {
  exemption?: InlineExemption;
  diagnostics: Diagnostic[];
} {
  const annotations = ['metadata', 'annotations'];
  const rulesText = asString(path(doc.value, [...annotations, EXEMPT_ANNOTATION]));
  if (rulesText === undefined) return { diagnostics: [] };
  const line = doc.lineOf([...annotations, EXEMPT_ANNOTATION]);
  const reason = asString(path(doc.value, [...annotations, EXEMPT_REASON_ANNOTATION]));
  const expires = asString(path(doc.value, [...annotations, EXEMPT_EXPIRES_ANNOTATION]));
  const rules = rulesText
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const unknown = rules.filter((r) => !(RULE_IDS as readonly string[]).includes(r));
  if (rules.length === 0) problems.push('names no rule');
  if (unknown.length > 0) problems.push(`names unknown rule ids: ${unknown.join(', ')}`);
  if (!reason || reason.trim().length < 10) problems.push(`needs a reason in ${EXEMPT_REASON_ANNOTATION}`);
  if (!expires || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(expires)) {
    problems.push(`needs an expiry date as YYYY-MM-DD in ${EXEMPT_EXPIRES_ANNOTATION}`);
  }
  if (problems.length > 0) {
    return {
      diagnostics: [
        {
          code: 'MANIFEST_FIELD_INVALID',
          message: `the exemption annotation ${EXEMPT_ANNOTATION} ${problems.join('; ')}; it is not honoured`,
          file: doc.file,
          line,
        },
      ],
    };
  }
  return { exemption: { rules, reason, expires, line }, diagnostics: [] };
}
