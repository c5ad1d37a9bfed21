import { parseArgs } from 'node:util';

/** parseArgs with the house defaults: strict, so an unknown or misspelt flag is an error. */
export function parseFlags<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  return parseArgs({ args, options, strict: true, allowPositionals });
}

/** The error parseArgs throws for an unknown flag or a missing value. */
export function isArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
