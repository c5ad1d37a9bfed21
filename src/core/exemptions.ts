import { readConfigYaml } from './config-yaml.js';
// Compiled from schema/exemptions.schema.json at build time.
import validateExemptions from './generated/exemptions-validator.js';
import type { ConfigError } from './config-yaml.js';
import type { RuleId } from './model.js';

export interface Exemption {
  id: string;
  rules: RuleId[];
  paths: string[];
  plans: string[];
  reason: string;
  ticket: string;
  approver: string;
  /** Last day it applies, YYYY-MM-DD (UTC). */
  expires: string;
  file: string;
  line: number;
}

export type ExemptionsResult = { ok: true; exemptions: Exemption[] } | { ok: false; errors: ConfigError[] };

/** Reads an exemptions file: YAML → its JSON Schema → entries with their lines. Never throws. */
export function parseExemptions(text: string, file: string): ExemptionsResult {
  const result = readConfigYaml(text, file, validateExemptions, 'exemptions file');
  if (!result.ok) return result;
  const data = result.data as { exemptions: Omit<Exemption, 'file' | 'line'>[] };
  const seen = new Map<string, number>();
  const errors: ConfigError[] = [];
  const exemptions = data.exemptions.map((entry, index) => {
    const line = result.lineOf(['exemptions', index]);
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      errors.push({
        file,
        line,
        column: 1,
        message: `exemption id \`${entry.id}\` is used twice (first on line ${earlier})`,
      });
    }
    seen.set(entry.id, line);
    return { ...entry, paths: entry.paths ?? [], plans: entry.plans ?? [], file, line };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, exemptions };
}

/** Same exemption, same terms: an edit to any field makes it a new exemption that needs approval. */
export function sameExemption(a: Exemption, b: Exemption): boolean {
  const strip = ({ line: _line, file: _file, ...rest }: Exemption) => JSON.stringify(rest);
  return strip(a) === strip(b);
}
