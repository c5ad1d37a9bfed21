/**
 * A CLI that helps: each command's help (`COMMAND --help`, `help COMMAND`), the command or flag
 * that was probably meant, and a closed pipe that is no error.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_OPTIONS } from '../../src/cli/check.js';
import { EXEMPTIONS_OPTIONS } from '../../src/cli/exemptions.js';
import { EXPLAIN_OPTIONS } from '../../src/cli/explain.js';
import { COMMAND_HELP, USAGE } from '../../src/cli/help.js';
import { HISTORY_OPTIONS } from '../../src/cli/history.js';
import { RULES_OPTIONS } from '../../src/cli/rules.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

describe('help', () => {
  it('prints a command\'s help for "COMMAND --help", "COMMAND -h" and "help COMMAND", exit 0', async () => {
    for (const argv of [
      ['check', '--help'],
      ['check', '-h'],
      ['help', 'check'],
      ['check', '--base', 'x', '--help'],
    ]) {
      const result = await cli(argv);
      expect(result, argv.join(' ')).toEqual({ code: 0, stdout: COMMAND_HELP.check, stderr: '' });
    }
    expect((await cli(['exemptions', '--help'])).stdout).toBe(COMMAND_HELP.exemptions);
    expect(COMMAND_HELP.check).toMatch(/^Usage: rollout-guard check \[options\]\n/);
  });

  it('lists the commands for "help" (exit 0), and for no command at all (exit 2)', async () => {
    expect(await cli(['help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(await cli([])).toMatchObject({ code: 2, stdout: USAGE });
    expect(USAGE).toContain('Run "rollout-guard help COMMAND"');
  });

  it("lists every flag each command accepts, and only those, in that command's help", () => {
    const declared: Record<string, object> = {
      check: CHECK_OPTIONS,
      explain: EXPLAIN_OPTIONS,
      history: HISTORY_OPTIONS,
      rules: RULES_OPTIONS,
      exemptions: EXEMPTIONS_OPTIONS,
    };
    for (const [command, options] of Object.entries(declared)) {
      const listed = [...(COMMAND_HELP[command] ?? '').matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
      expect(listed.sort(), command).toEqual(
        Object.keys(options)
          .map((name) => `--${name}`)
          .sort(),
      );
    }
  });
});

describe('did you mean', () => {
  it('names the command that was probably meant, without the whole usage', async () => {
    const result = await cli(['chek']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'rollout-guard: unknown command "chek" (did you mean "check"?)\nRun "rollout-guard help" for the commands.\n',
    });
    expect((await cli(['help', 'histroy'])).stderr).toContain('(did you mean "history"?)');
    expect((await cli(['deploy'])).stderr).toBe(
      'rollout-guard: unknown command "deploy"\nRun "rollout-guard help" for the commands.\n',
    );
  });

  it("names the flag that was probably meant, and where the command's options are", async () => {
    expect(await cli(['check', '--outptu', 'report.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'rollout-guard check: unknown option --outptu (did you mean --output?)\nRun "rollout-guard help check" for its options.\n',
    });
    expect((await cli(['history', '--touch', '*.yaml'])).stderr).toContain('(did you mean --touching?)');
    expect((await cli(['rules', '--xyz'])).stderr).toMatch(/^rollout-guard rules: unknown option --xyz\n/);
  });

  it('says when a flag lacks its value', async () => {
    const result = await cli(['check', '--output']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^rollout-guard check: option '--output <value>' argument missing/);
  });
});

/** Runs the bundled CLI with its standard output closed before it writes: a reader that went away. */
function runWithClosedPipe(args: string[], cwd?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe (rollout-guard rules | head -1)', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
  });
  afterEach(() => repo.remove());

  it('is no error: nothing on standard error, and the exit code of the command', async () => {
    expect(await runWithClosedPipe(['rules'])).toEqual({ code: 0, stderr: '' });
    repo.commit({
      'deploy/checkout/rollout.yaml': fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml'),
    });
    expect(await runWithClosedPipe(['check', '--all', '--repo', repo.dir])).toEqual({ code: 1, stderr: '' });
  });
});
