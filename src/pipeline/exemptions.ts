import { parseExemptions, sameExemption } from '../core/exemptions.js';
import type { Exemption } from '../core/exemptions.js';
import type { ChangeSet, Diagnostic } from '../core/model.js';
import type { Policy } from '../core/policy.js';
import { unreadable } from './read.js';

/** Entries of the exemptions file that the change adds or edits (they need an approver's approval). */
export function exemptionsChangedBy(
  changeSet: ChangeSet,
  policy: Policy,
  base: Exemption[],
  diagnostics: Diagnostic[],
): Exemption[] {
  const file = changeSet.files.find((f) => f.path === policy.exemptions.file);
  if (!file?.head) return [];
  if (file.head.kind !== 'text') {
    diagnostics.push(unreadable(file.path, file.head));
    return [];
  }
  const parsed = parseExemptions(file.head.text, file.path);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      diagnostics.push({
        code: 'MANIFEST_FIELD_INVALID',
        message: `exemptions file: ${error.message}`,
        file: error.file,
        line: error.line,
        column: error.column,
      });
    }
    return [];
  }
  return parsed.exemptions.filter((entry) => !base.some((b) => sameExemption(b, entry)));
}
