/**
 * The bundled CLI parses large changes on its parser thread (dist/read-worker.js, next to
 * dist/cli.js): the report must be the one the calling thread alone makes.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { largeChange } from '../support/large-change.js';
import { requireCurrentDist } from '../support/dist.js';

const run = promisify(execFile);
const DIST_CLI = path.resolve('dist/cli.js');
let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
  repo.commit({ 'README.md': '# services\n' }, 'base');
  repo.commit(largeChange(), 'services');
});
afterAll(() => repo.remove());

async function bundled(
  cliPath: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cliPath, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the bundled CLI on a large change', () => {
  beforeAll(() => requireCurrentDist());
  it.each([
    ['check --all', ['check', '--all']],
    ['check', ['check', '--base', 'main~1', '--head', 'main']],
  ])('%s: the same report from the parser threads as from one thread', async (_name, command) => {
    const args = [...command, '--repo', repo.dir, '--format', 'json', '--today', '2026-11-29'];
    const threaded = await bundled(DIST_CLI, args);
    const inProcess = await cli(args);

    expect(threaded.stderr).toBe('');
    expect(threaded.code).toBe(1);
    const report = JSON.parse(threaded.stdout) as { plans: unknown[]; findings: unknown[] };
    expect(report.plans.length).toBeGreaterThan(60);
    expect(report.findings.length).toBeGreaterThan(10);
    expect(threaded.stdout).toBe(inProcess.stdout);
  });

  it('fails with a message, not a partial report, when its parser thread is missing', async () => {
    const lonely = mkdtempSync(path.join(tmpdir(), 'rollout-guard-cli-'));
    try {
      copyFileSync(DIST_CLI, path.join(lonely, 'cli.js'));
      const result = await bundled(path.join(lonely, 'cli.js'), [
        'check',
        '--all',
        '--repo',
        repo.dir,
        '--format',
        'json',
      ]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^rollout-guard: cannot start a parser thread: .*read-worker\.js is missing .*reinstall rollout-guard\)\n$/,
      );
    } finally {
      rmSync(lonely, { recursive: true, force: true });
    }
  });
});
