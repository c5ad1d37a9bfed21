import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import { closest } from '../core/suggest.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** `--help` or `-h` among a command's arguments: the caller prints that command's help. */
/** What a change is judged with, the same for `check` and `history`. */
export const JUDGING_FLAGS = {
  policy: { type: 'string' },
  'pr-body': { type: 'string' },
  label: { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string' },
  today: { type: 'string' },
} as const;

export class HelpRequested extends Error {
  override name = 'HelpRequested';
}

/** A flag the command does not have, or one given without its value: exit 2, with what was meant. */
export class ArgsError extends UserError {
  override name = 'ArgsError';

  override describe(command?: string): string {
    return `rollout-guard ${command}: ${this.message}\nRun "rollout-guard help ${command}" for its options.`;
  }
}

/**
 * parseArgs with the house defaults: strict, so an unknown or misspelt flag is an error, which
 * names the flag it was probably meant to be; and `--help`/`-h` on any command asks for its help.
 * node:util's parser is kept (no dependency): each command declares its flags once, here, and
 * the help, the suggestions and the docs test read the same declarations.
 */
export function parseFlags<T extends Options>(args: string[], options: T, allowPositionals = false) {
  const terminator = args.indexOf('--');
  const own = terminator < 0 ? args : args.slice(0, terminator);
  if (own.some((arg) => arg === '--help' || arg === '-h')) throw new HelpRequested();
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new ArgsError(describe(error, Object.keys(options ?? {})));
  }
}

function isParseArgsError(error: unknown): error is TypeError & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** parseArgs' message in the CLI's words: the unknown flag and the nearest known one. */
function describe(error: TypeError & { code: string }, known: string[]): string {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const flags = known.map((name) => `--${name}`);
    const hint = closest(unknown.replace(/=.*$/, ''), flags);
    return `unknown option ${unknown}${hint ? ` (did you mean ${hint}?)` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = /Unexpected argument '([^']+)'/.exec(error.message)?.[1];
    return `unexpected argument${extra === undefined ? '' : ` "${extra}"`}: this command takes none`;
  }
  // "Option '--output <value>' argument missing", and the like: said well enough already.
  return error.message.replace(/^Option/, 'option');
}

/** Whether an error is a mistake in the command line (kept for callers of the older name). */
export function isArgsError(error: unknown): error is ArgsError {
  return error instanceof ArgsError;
}
