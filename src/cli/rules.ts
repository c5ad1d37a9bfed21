import { RULE_CATALOGUE } from '../core/rules/catalogue.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { parseFlags } from './flags.js';

/** The command's flags, as parseArgs reads them and its help lists them. */
export const RULES_OPTIONS = { format: { type: 'string' } } as const;

export async function rulesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, RULES_OPTIONS);
  const format = values.format ?? 'text';
  if (format === 'json') {
    io.stdout(`${JSON.stringify(RULE_CATALOGUE, null, 2)}\n`);
  } else if (format === 'markdown') {
    io.stdout(rulesMarkdown());
  } else if (format === 'text') {
    for (const rule of RULE_CATALOGUE)
      io.stdout(`${rule.id.padEnd(22)} ${rule.defaultLevel.padEnd(8)} ${rule.description}\n`);
  } else {
    throw new UsageError(`--format must be text, markdown or json (got "${format}")`);
  }
  return EXIT.pass;
}

/** The rule reference in the README, generated so that it cannot drift from the code. */
export function rulesMarkdown(): string {
  const sections = RULE_CATALOGUE.map(
    (rule) =>
      `<a id="rule-${rule.id.replace('/', '-')}"></a>\n\n#### \`${rule.id}\` (default: ${rule.defaultLevel})\n\n${rule.description}\n\n**Fix:** ${rule.remediation}\n`,
  );
  return sections.join('\n');
}
