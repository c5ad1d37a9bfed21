import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';
import { requireCurrentDist } from '../support/dist.js';

/**
 * The package as npm publishes it: `npm pack` of this checkout, installed globally into a scratch
 * prefix with an empty cache and --offline, so the install proves the tarball needs nothing from a
 * registry. Then the installed command runs as a user would run it.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'rollout-guard-pack-'));
const prefix = path.join(scratch, 'prefix');
const bin = path.join(prefix, 'bin', 'rollout-guard');
let files: string[] = [];
let manifest: Record<string, unknown> = {};

function npm(...args: string[]): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd: ROOT,
    encoding: 'utf8',
    // An empty cache: nothing can come from an earlier install.
    env: { ...process.env, npm_config_cache: path.join(scratch, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

beforeAll(() => {
  const [packed] = JSON.parse(npm('pack', '--json', '--ignore-scripts', '--pack-destination', scratch)) as {
    filename: string;
    files: { path: string }[];
  }[];
  files = (packed?.files ?? []).map((file) => file.path).sort();
  const tarball = path.join(scratch, packed?.filename ?? '');
  npm('install', '--global', '--offline', '--ignore-scripts', '--prefix', prefix, tarball);
  manifest = JSON.parse(
    readFileSync(path.join(prefix, 'lib/node_modules/rollout-guard/package.json'), 'utf8'),
  ) as Record<string, unknown>;
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  beforeAll(() => requireCurrentDist());
  it('holds what the CLI and the Action run, their notices and schemas, and nothing else', () => {
    expect(files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'action.yml',
      'dist/cli.js',
      'dist/index.js',
      'dist/licenses.txt',
      'dist/post.js',
      'dist/read-worker.js',
      'package.json',
      'schema/exemptions.schema.json',
      'schema/native.schema.json',
      'schema/policy.schema.json',
    ]);
  });

  it('installs with no dependencies, offline, into an empty prefix', () => {
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('private');
    expect(manifest.version).toBe(VERSION);
  });

  it('runs `rollout-guard --version` from the prefix', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toBe(`${VERSION}\n`);
  });

  it('runs `rollout-guard check` on a repository and fails an unsafe change (exit 1)', () => {
    const repo = new TempRepo();
    try {
      const base = repo.commit({
        'deploy/checkout/rollout.yaml': fixtureText('demo/main/deploy/checkout/rollout.yaml'),
        'deploy/checkout/analysis.yaml': fixtureText('demo/main/deploy/checkout/analysis.yaml'),
      });
      const head = repo.commit({
        'deploy/checkout/rollout.yaml': fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml'),
      });
      const result = spawnSync(bin, ['check', '--repo', repo.dir, '--base', base, '--format', 'json'], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as { head: string; findings: { rule: string }[] };
      expect(report.head).toBe(head);
      expect(report.findings.map((finding) => finding.rule)).toContain('canary/initial-weight');
    } finally {
      repo.remove();
    }
  });
});
