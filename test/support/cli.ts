import { runCli } from '../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as the bin would, with its output captured. */
export async function cli(
  argv: string[],
  options: { cwd?: string; stdin?: string; today?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    now: () => new Date(`${options.today ?? '2026-11-29'}T12:00:00Z`),
    ...(options.env ? { env: options.env } : {}),
  });
  return { code, stdout, stderr };
}
