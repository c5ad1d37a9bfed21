// node scripts/report-snapshot.mjs OUT_DIR [--corpus DIR] [--size 1000] [--seed 7] [--cli dist/cli.js]
//
// Writes what rollout-guard makes of a fixed set of inputs, one file per input, so that a change
// meant to keep behaviour can be checked by comparing two runs byte for byte:
//
//   node scripts/report-snapshot.mjs /tmp/snap-before      # on the commit before the change
//   node scripts/report-snapshot.mjs /tmp/snap-after       # after it
//   diff -r /tmp/snap-before /tmp/snap-after               # no output: nothing changed
//
// OUT_DIR/read/<path>.json   `readManifestFile` (plans, diagnostics, file diagnostics, flags) of
//                            every file under fixtures/ and under the shared corpus (--corpus,
//                            default ../shared/corpus), each read under its repository path.
// OUT_DIR/cli/<name>.json    the CLI's JSON report (stdout), with <name>.exit holding its exit code
//                            and <name>.stderr what it wrote to standard error:
//   bench-all                `check --all` on the benchmark's generated monorepo (scripts/bench/,
//                            --size manifests, --seed), at its head commit;
//   bench-change             `check` of that monorepo's change (base main, head feature);
//   demo-<branch>-all        `check --all` on the repository `npm run demo` builds from
//                            fixtures/demo, at each of its three branches;
//   demo-<branch>-change     `check` of each demo pull request with its description.
//
// The library and the CLI are bundled from the current sources into a temporary directory (with
// --cli, that CLI is run instead, e.g. a dist/cli.js just built). Dates, commit times and the
// judging day are fixed, so two runs on the same sources write the same bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { createBenchRepo } from './bench/repo.mjs';
import { bundle } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-11-30';
const GIT_DATE = '2026-01-01T00:00:00Z';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: path.join(root, '..', 'shared', 'corpus') },
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    cli: { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error(
    'Usage: node scripts/report-snapshot.mjs OUT_DIR [--corpus DIR] [--size 1000] [--seed 7] [--cli dist/cli.js]',
  );
  process.exit(2);
}
const out = path.resolve(positionals[0]);
const corpus = path.resolve(options.corpus);
const log = (message) => process.stderr.write(`report-snapshot: ${message}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'rollout-guard-snapshot-'));
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { lib, cli } = await buildFromSources(work);
  readFiles(lib);
  runChecks(cli);
  await runBench(cli);
  log(`written to ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function buildFromSources(dir) {
  const libFile = path.join(dir, 'lib.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "export { readManifestFile } from './src/formats/registry.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: libFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  let cli = options.cli === undefined ? undefined : path.resolve(options.cli);
  if (cli === undefined) {
    log('bundling the CLI from the current sources');
    await bundle(path.join(dir, 'build'));
    cli = path.join(dir, 'build', 'cli.js');
  }
  return { lib: await import(pathToFileURL(libFile).href), cli };
}

/** Every file under `dir`, as paths relative to it, in a fixed order. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function readFiles(lib) {
  const inputs = [
    ...filesUnder(path.join(root, 'fixtures')).map((file) => [
      'fixtures',
      path.join(root, 'fixtures', file),
      file,
    ]),
    ...filesUnder(corpus).map((file) => ['corpus', path.join(corpus, file), file]),
  ];
  for (const [tree, absolute, relative] of inputs) {
    const name = `${tree}/${relative.split(path.sep).join('/')}`;
    const reading = lib.readManifestFile(readFileSync(absolute, 'utf8'), name);
    const target = path.join(out, 'read', `${name}.json`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(reading, null, 1)}\n`);
  }
  log(`read ${inputs.length} files`);
}

function runCli(cli, name, args) {
  const result = spawnSync(process.execPath, [cli, ...args, '--format', 'json', '--today', TODAY], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: cleanEnv(),
  });
  const dir = path.join(out, 'cli');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), result.stdout);
  writeFileSync(path.join(dir, `${name}.stderr`), result.stderr);
  writeFileSync(path.join(dir, `${name}.exit`), `${result.status}\n`);
  log(`${name}: exit ${result.status}`);
}

/** No token (nothing is looked up on GitHub), fixed commit dates. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('GITHUB_') || key.startsWith('RUNNER_')) delete env[key];
  return {
    ...env,
    GIT_AUTHOR_DATE: GIT_DATE,
    GIT_COMMITTER_DATE: GIT_DATE,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

/** The demo repository (as scripts/demo.mjs builds it), judged at each branch and per pull request. */
function runChecks(cli) {
  const demo = path.join(root, 'fixtures', 'demo');
  const repo = path.join(work, 'demo');
  mkdirSync(repo);
  const git = (...args) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe', env: cleanEnv() });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Demo');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'commit.gpgsign', 'false');
  cpSync(path.join(demo, 'main'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'checkout 1.4.2 behind a canary');
  const branches = ['unsafe-change', 'safe-change'];
  for (const branch of branches) {
    git('checkout', '-q', '-b', branch, 'main');
    cpSync(path.join(demo, branch), repo, { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', branch);
  }
  for (const branch of ['main', ...branches]) {
    runCli(cli, `demo-${branch}-all`, ['check', '--all', '--repo', repo, '--head', branch]);
  }
  for (const branch of branches) {
    runCli(cli, `demo-${branch}-change`, [
      'check',
      '--repo',
      repo,
      '--base',
      'main',
      '--head',
      branch,
      '--pr-body',
      path.join(demo, `${branch}.pr.md`),
    ]);
  }
}

async function runBench(cli) {
  const size = Number(options.size);
  const seed = Number(options.seed);
  log(`generating the bench repository (${size} manifests, seed ${seed})`);
  const repo = await createBenchRepo(path.join(work, 'bench.git'), { manifests: size, seed });
  runCli(cli, 'bench-all', ['check', '--all', '--repo', repo.dir, '--head', repo.head]);
  runCli(cli, 'bench-change', ['check', '--repo', repo.dir, '--base', repo.base, '--head', repo.head]);
}
