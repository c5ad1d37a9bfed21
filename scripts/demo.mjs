// `npm run demo`: builds a small example repository from fixtures/demo (a main branch with a
// guarded Argo Rollout, and two pull requests against it) and runs the bundled CLI on each,
// with the built-in default policy.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = path.join(root, 'fixtures', 'demo');
const repo = mkdtempSync(path.join(tmpdir(), 'rollout-guard-demo-'));
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });

try {
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Demo');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'commit.gpgsign', 'false');
  cpSync(path.join(demo, 'main'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'checkout 1.4.2 behind a canary');

  const pullRequests = [
    ['unsafe-change', 'Skips the canary stages and drops the analysis'],
    ['safe-change', 'Changes only the image, with a rollback plan and test evidence'],
  ];
  for (const [branch, title] of pullRequests) {
    git('checkout', '-q', '-b', branch, 'main');
    cpSync(path.join(demo, branch), repo, { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', title);
    console.log(`\n━━ Pull request "${branch}": ${title}\n`);
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist', 'cli.js'),
        'check',
        '--repo',
        repo,
        '--base',
        'main',
        '--head',
        branch,
        '--pr-body',
        path.join(demo, `${branch}.pr.md`),
      ],
      { stdio: 'inherit' },
    );
    console.log(`(exit code ${result.status})`);
  }
} finally {
  rmSync(repo, { recursive: true, force: true });
}
