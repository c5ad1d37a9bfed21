// npm run bench -- [--sizes 1000,10000] [--runs 5] [--budget 30] [--output .bench/results.json]
//                  [--dist DIR] [--cpu-prof DIR] [--keep]
//
// Generates a synthetic monorepo per size in a temporary git repository and measures, in the same
// run, the parse floor (read + one reading of the changed files with rollout-guard's own reader:
// parseText and the kubectl reading of each document; the yaml package's parseAllDocuments, the
// floor of earlier tables, alongside), the check (in-process and as a CLI process), the full scan
// (check --all), the action's cold start next to `node -e 0`, peak RSS, the API requests for a pull
// request that touches 50 manifests, and the reader's milliseconds per megabyte on hostile shapes.
// See docs/performance.md.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { COMMENT_ROUTES, countRoutes, runActionOnce } from './bench/action.mjs';
import { cpuNow, formatMs, git, now, runNode, series, table, writeRssHook } from './bench/measure.mjs';
import { POLICY } from './bench/manifests.mjs';
import { apiPullRequestFiles, createBenchRepo } from './bench/repo.mjs';
import { bundle } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const READ_LIMIT_BYTES = 100 * 1024 * 1024;
const MANIFEST_FILE = /\.(?:ya?ml|json)$/i;
const API_MANIFESTS = 50;
const API_LATENCY_MS = 25;
const POLICY_PATH = '.github/rollout-guard.yml';
const TODAY = new Date('2026-11-30T12:00:00Z');
const PR_BODY =
  '## Rollback plan\nRevert the merge commit and let the canary controllers roll back to the stable version.\n\n' +
  '## Test evidence\nStaging run: https://github.com/octo/deploys/actions/runs/123456789\n';
/**
 * For the action against the fake API: the same description, its run on the fake's GitHub server
 * (GITHUB_SERVER_URL), where the action verifies it (one request); the fake says it passed.
 */
const API_PR_BODY = PR_BODY.replace('https://github.com/', 'https://github.example.com/');
const API_RUNS = [{ id: 123456789, conclusion: 'success' }];

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '5' },
    budget: { type: 'string', default: '30' },
    output: { type: 'string', default: '.bench/results.json' },
    dist: { type: 'string' },
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(
    'Usage: npm run bench -- [--sizes 1000,10000] [--runs 5] [--budget 30] [--output .bench/results.json]\n' +
      '                      [--dist DIR] [--cpu-prof DIR] [--keep]\n' +
      '  --dist      measure an existing build (default: bundle the current sources first)\n' +
      '  --budget    seconds after which a series starts no more runs, once it has 3 (default 30)\n' +
      '  --cpu-prof  also run the CLI check, the full scan and the action once under the profiler,\n' +
      '              writing <name>.cpuprofile files to DIR\n' +
      '  --keep      keep the temporary repositories and builds',
  );
  process.exit(0);
}
const sizes = options.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
const runs = Number(options.runs);
const budgetMs = Number(options.budget) * 1000;
const MIN_RUNS = 3;
if (
  sizes.some((size) => !Number.isInteger(size) || size < 10) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !(budgetMs > 0)
) {
  console.error(
    'bench: --sizes takes whole numbers of manifests (at least 10), --runs a whole number, --budget seconds',
  );
  process.exit(2);
}
const profileDir = options['cpu-prof'] ? path.resolve(options['cpu-prof']) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const profileOptions = (name) => [
  '--cpu-prof',
  '--cpu-prof-dir',
  profileDir,
  '--cpu-prof-name',
  `${name}.cpuprofile`,
];

/** With --cpu-prof, one more run under the profiler, after the measured ones (it slows a run down). */
async function profiled(name, run) {
  if (profileDir === undefined) return;
  log(`profiling ${name}`);
  await run(profileOptions(name));
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const workDir = mkdtempSync(path.join(os.tmpdir(), 'rollout-guard-bench-'));

try {
  const built = await buildForBench(workDir);
  const lib = await import(pathToFileURL(built.lib).href);
  const fakeModule = await import(pathToFileURL(built.fake).href);
  const rssHook = writeRssHook(workDir);
  const startLoad = os.loadavg();

  const results = [];
  for (const size of sizes) results.push(await benchSize(size, { lib, built, rssHook }));
  const hostile = await benchHostileShapes(lib);
  const orgReport = await benchOrgReport(lib, built);
  const coldStart = await benchColdStart({ built, fakeModule, rssHook });
  const api = await benchApi({ built, fakeModule, rssHook });

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadAverage: {
        start: startLoad.map((l) => +l.toFixed(2)),
        end: os.loadavg().map((l) => +l.toFixed(2)),
      },
    },
    runs,
    budgetSeconds: budgetMs / 1000,
    build: {
      source: built.source,
      indexBytes: built.indexBytes,
      cliBytes: built.cliBytes,
      indexKiBByPackage: built.composition,
    },
    sizes: results,
    hostileShapes: hostile,
    orgReport,
    coldStart,
    api,
  };
  report.targets = targets(report);
  printReport(report);
  const output = path.resolve(options.output);
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to ${path.relative(process.cwd(), output) || output}`);
} finally {
  if (options.keep) log(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Build

/**
 * The action and CLI bundles (as `npm run build` makes them, unless --dist names a build), plus two
 * bench-only ESM bundles: the library entry points the in-process check needs, and the fake GitHub.
 */
async function buildForBench(dir) {
  const out = path.join(dir, 'build');
  let distDir = options.dist ? path.resolve(options.dist) : out;
  if (!options.dist) {
    log('bundling the current sources');
    await bundle(out);
  }
  const shared = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  };
  await build({
    ...shared,
    stdin: {
      contents: [
        "export { check, gitChangeSource } from './src/check/index.ts';",
        "export { readGitChangeSet, readGitSnapshot } from './src/sources/git/index.ts';",
        "export { loadPolicyAtBase } from './src/sources/policy-file.ts';",
        "export { DEFAULT_POLICY_PATH } from './src/core/policy.ts';",
        "export { renderers } from './src/report/index.ts';",
        "export { parseManifestText } from './src/formats/document.ts';",
        "export { readManifestFile } from './src/formats/registry.ts';",
        "export { HOSTILE_LIMITS, HOSTILE_SHAPES } from './test/formats/yaml/hostile-shapes.ts';",
        "export { generatedOrgReport } from './test/support/org-reports.ts';",
        "import { DEFAULT_PARSE_LIMITS, parseText, readWhole } from './src/formats/yaml/index.ts';",
        // The parse floor: the cheapest honest single reading of a text with the reader the check
        // uses. parseText is what any reading needs (the YAML stream, and the documents kubectl cuts),
        // and the kubectl reading turns each document into data, once.
        'export function readOnce(text: string): number {',
        '  const { maxDepth, maxAliases } = DEFAULT_PARSE_LIMITS;',
        '  const parsed = parseText(text, { maxDepth });',
        "  const read = readWhole(text, 'kubectl', { maxDepth, maxAliases, cloudFormation: false }, parsed);",
        '  return read.ok ? read.documents.length : 0;',
        '}',
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'bench-library.ts',
      loader: 'ts',
    },
    outfile: path.join(out, 'bench-library.mjs'),
  });
  await build({
    ...shared,
    entryPoints: ['test/support/fake-github.ts'],
    outfile: path.join(out, 'fake-github.mjs'),
  });
  distDir = path.resolve(distDir);
  const composition = await bundleComposition(shared);
  const index = path.join(distDir, 'index.js');
  const cli = path.join(distDir, 'cli.js');
  return {
    source: options.dist ? path.relative(root, distDir) || distDir : 'fresh bundle of the sources',
    index,
    cli,
    readWorker: pathToFileURL(path.join(distDir, 'read-worker.js')),
    indexBytes: statSync(index).size,
    cliBytes: statSync(cli).size,
    composition,
    lib: path.join(out, 'bench-library.mjs'),
    fake: path.join(out, 'fake-github.mjs'),
  };
}

/** What the action bundle is made of: KiB per package (or src/ folder), largest first. */
async function bundleComposition(shared) {
  const result = await build({
    ...shared,
    entryPoints: ['src/main.ts'],
    outdir: path.join(workDir, 'composition'),
    write: false,
    metafile: true,
  });
  const [output] = Object.values(result.metafile.outputs);
  const kib = {};
  for (const [file, input] of Object.entries(output.inputs)) {
    const name =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.split('/').slice(0, 2).join('/');
    kib[name] = (kib[name] ?? 0) + input.bytesInOutput / 1024;
  }
  return Object.fromEntries(
    Object.entries(kib)
      .sort((a, b) => b[1] - a[1])
      .map(([name, size]) => [name, Math.round(size)]),
  );
}

// ---------------------------------------------------------------------------------------------
// One repository size

async function benchSize(size, { lib, built, rssHook }) {
  log(`${size} manifests: generating the repository`);
  const startGen = now();
  const repo = await createBenchRepo(path.join(workDir, `repo-${size}`), { manifests: size });
  const generateMs = now() - startGen;
  const blobs = await changedManifestBlobs(repo);
  log(
    `${size} manifests: ${repo.changedManifests} changed (${blobs.length} blobs to parse), generated in ${formatMs(generateMs)}`,
  );

  // Side by side: each run parses the floor, then checks, in this process: as the CLI does (with
  // its parser threads for a large change), and on the calling thread alone.
  // The two checks take turns going first, so neither always runs on the other's warmed-up JIT.
  let turn = 0;
  const sideBySide = await repeat(`${size} manifests: parse floor and check, in-process`, async () => {
    const floor = await parseFloor(lib, repo.dir, blobs);
    const threadsFirst = turn++ % 2 === 0;
    const first = await checkInProcess(lib, repo, threadsFirst ? built.readWorker : undefined);
    const second = await checkInProcess(lib, repo, threadsFirst ? undefined : built.readWorker);
    return threadsFirst
      ? { floor, check: first, oneThread: second }
      : { floor, check: second, oneThread: first };
  });
  const floorParts = sideBySide.map((r) => r.floor);
  const checkParts = sideBySide.map((r) => r.check);
  const oneThreadParts = sideBySide.map((r) => r.oneThread);

  const breakdown = await repeat(`${size} manifests: parse breakdown of the changed files`, () =>
    parseBreakdown(lib, repo.dir, blobs),
  );

  const cliArgs = ['check', '--repo', repo.dir, '--base', repo.base, '--head', repo.head, '--format', 'json'];
  const runCheck = (nodeOptions = []) =>
    expectRun(
      runNode([built.cli, ...cliArgs, '--output', path.join(workDir, `check-${size}.json`)], {
        cwd: workDir,
        rssHook,
        nodeOptions,
      }),
    );
  const cliRuns = await repeat(`${size} manifests: check (CLI)`, () => runCheck());
  await profiled(`check-${size}`, runCheck);
  const headBlobs = await manifestBlobsAt(repo);
  const scanFloor = await repeat(`${size} manifests: parse floor of the full scan`, () =>
    parseFloor(lib, repo.dir, headBlobs),
  );
  const scanArgs = ['check', '--all', '--repo', repo.dir, '--head', repo.head, '--format', 'json'];
  const runScan = (nodeOptions = []) =>
    expectRun(
      runNode([built.cli, ...scanArgs, '--output', path.join(workDir, `scan-${size}.json`)], {
        cwd: workDir,
        rssHook,
        nodeOptions,
      }),
    );
  const scanRuns = await repeat(`${size} manifests: full scan (CLI)`, () => runScan());
  await profiled(`scan-${size}`, runScan);

  const part = (parts, key) => series(parts.map((p) => p[key])).median;
  const inProcess = (parts) => ({ ...series(parts.map((p) => p.total)), cpuMs: part(parts, 'cpu') });
  const processSeries = (list) => ({
    ...series(list.map((r) => r.ms)),
    cpuMs: series(list.map((r) => r.cpuMs ?? 0)).median,
    peakRssMb: Math.max(...list.map((r) => r.rssMb ?? 0)),
  });
  const result = {
    manifests: size,
    repository: { ...repo.stats, generateMs: Math.round(generateMs) },
    change: { ...repo.change, changedManifests: repo.changedManifests, parsedBlobs: blobs.length },
    loadAverage: +os.loadavg()[0].toFixed(2),
    parseFloor: {
      ...inProcess(floorParts),
      readMs: part(floorParts, 'read'),
      parseMs: part(floorParts, 'parse'),
    },
    yamlParseFloor: {
      ...series(floorParts.map((p) => p.yaml.total)),
      cpuMs: series(floorParts.map((p) => p.yaml.cpu)).median,
    },
    checkInProcess: {
      ...inProcess(checkParts),
      gitReadMs: part(checkParts, 'read'),
      policyMs: part(checkParts, 'policy'),
      pipelineMs: part(checkParts, 'pipeline'),
      renderMs: part(checkParts, 'render'),
      summary: checkParts[checkParts.length - 1].summary,
    },
    checkOneThread: inProcess(oneThreadParts),
    parseBreakdown: {
      yamlMs: part(breakdown, 'yaml'),
      readOnceMs: part(breakdown, 'readOnce'),
      parseManifestTextMs: part(breakdown, 'parseManifestText'),
      readManifestFileMs: part(breakdown, 'readManifestFile'),
    },
    checkCli: processSeries(cliRuns),
    fullScanParseFloor: { ...inProcess(scanFloor), blobs: headBlobs.length },
    fullScanYamlParseFloor: {
      ...series(scanFloor.map((p) => p.yaml.total)),
      cpuMs: series(scanFloor.map((p) => p.yaml.cpu)).median,
    },
    fullScan: { ...processSeries(scanRuns), summary: scanSummary(path.join(workDir, `scan-${size}.json`)) },
  };
  result.ratios = {
    checkOverParseFloor: round2(result.checkInProcess.median / result.parseFloor.median),
    checkOverParseFloorCpu: round2(result.checkInProcess.cpuMs / result.parseFloor.cpuMs),
    checkOneThreadOverParseFloor: round2(result.checkOneThread.median / result.parseFloor.median),
    checkOneThreadOverParseFloorCpu: round2(result.checkOneThread.cpuMs / result.parseFloor.cpuMs),
    fullScanOverParseFloor: round2(result.fullScan.median / result.fullScanParseFloor.median),
    // Against the yaml package's floor, as the tables before the reader of our own were.
    checkOverYamlParseFloor: round2(result.checkInProcess.median / result.yamlParseFloor.median),
    checkOverYamlParseFloorCpu: round2(result.checkInProcess.cpuMs / result.yamlParseFloor.cpuMs),
    fullScanOverYamlParseFloor: round2(result.fullScan.median / result.fullScanYamlParseFloor.median),
  };
  return result;
}

/**
 * Runs `measure` up to --runs times, but stops starting new runs once the series has taken longer
 * than --budget seconds and has three runs for a median, so a slow build cannot make the bench run
 * for hours.
 */
async function repeat(label, measure) {
  const results = [];
  const start = now();
  for (let run = 0; run < runs; run++) {
    if (run >= MIN_RUNS && now() - start > budgetMs) {
      log(`${label}: stopped after ${run} runs (over the ${budgetMs / 1000} s budget)`);
      break;
    }
    log(`${label} ${run + 1}/${runs}`);
    results.push(await measure(run));
  }
  return results;
}

function scanSummary(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { verdict: report.verdict, ...report.summary };
}

/** Exit 0 or 1 (a verdict); anything else is a failure of the run, not a measurement. */
async function expectRun(promise) {
  const run = await promise;
  if (run.code !== 0 && run.code !== 1)
    throw new Error(`run failed (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
  return run;
}

/** The blobs the check has to parse: both sides of every changed YAML/JSON file. */
async function changedManifestBlobs(repo) {
  const raw = (
    await git(repo.dir, ['diff-tree', '-r', '-z', '--raw', '--no-abbrev', '-M', repo.base, repo.head, '--'])
  ).toString('utf8');
  const fields = raw.split('\0');
  const shas = [];
  for (let i = 0; i < fields.length; i++) {
    if (!fields[i].startsWith(':')) continue;
    const [, , baseSha, headSha, status] = fields[i].slice(1).split(' ');
    const file = fields[++i];
    if (status.startsWith('R') || status.startsWith('C')) i++;
    if (!MANIFEST_FILE.test(file)) continue;
    for (const sha of [baseSha, headSha]) if (!/^0+$/.test(sha)) shas.push(sha);
  }
  return shas;
}

/** Every YAML/JSON blob at head: what the full scan has to parse. */
async function manifestBlobsAt(repo) {
  const listing = (await git(repo.dir, ['ls-tree', '-r', '-z', '--full-tree', repo.head])).toString('utf8');
  return listing
    .split('\0')
    .filter((record) => MANIFEST_FILE.test(record.slice(record.indexOf('\t') + 1)))
    .map((record) => record.split('\t')[0].split(' ')[2]);
}

/**
 * Read the blobs with one `git cat-file --batch`, then read each text once with the reader the
 * check uses (`readOnce`: parseText and the kubectl reading), and nothing else. The same texts
 * are then parsed with the yaml package's parseAllDocuments, the floor of the tables before the
 * reader of our own: `yaml` is that floor, the same read plus that parse.
 */
async function parseFloor(lib, dir, shas) {
  const start = now();
  const startCpu = cpuNow();
  const texts = await readBlobTexts(dir, shas);
  const read = now() - start;
  const readCpu = cpuNow() - startCpu;
  let documents = 0;
  for (const text of texts) documents += lib.readOnce(text);
  const total = now() - start;
  const cpu = cpuNow() - startCpu;
  const yamlStart = now();
  const yamlStartCpu = cpuNow();
  for (const text of texts) parseAllDocuments(text);
  const yaml = { total: read + (now() - yamlStart), cpu: readCpu + (cpuNow() - yamlStartCpu) };
  return { total, cpu, read, parse: total - read, documents, yaml };
}

async function readBlobTexts(dir, shas) {
  const output = await git(dir, ['cat-file', '--batch'], Buffer.from(shas.map((sha) => `${sha}\n`).join('')));
  const texts = [];
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    const size = Number(output.toString('latin1', offset, newline).split(' ')[2]);
    texts.push(output.toString('utf8', newline + 1, newline + 1 + size));
    offset = newline + 2 + size;
  }
  return texts;
}

/**
 * Where parsing time goes, on the changed blobs already in memory: the yaml package alone (the old
 * floor), one reading with our reader (the floor), every reading a document's consumers make with
 * the checks between them (parseManifestText), then the whole file reading with the format
 * adapters (readManifestFile).
 */
async function parseBreakdown(lib, dir, shas) {
  const texts = await readBlobTexts(dir, shas);
  const time = (parse) => {
    const start = now();
    texts.forEach((text, i) => parse(text, `deploy/file-${i}.yaml`));
    return now() - start;
  };
  return {
    yaml: time((text) => parseAllDocuments(text)),
    readOnce: time((text) => lib.readOnce(text)),
    parseManifestText: time((text, file) => lib.parseManifestText(text, file)),
    readManifestFile: time((text, file) => lib.readManifestFile(text, file)),
  };
}

/**
 * The CLI's check, in-process: read the change with git, load the policy, judge (parsing on the
 * same worker threads as the CLI, and reading the context it needs), render JSON.
 */
async function checkInProcess(lib, repo, readWorker) {
  const start = now();
  const startCpu = cpuNow();
  const changeSet = await lib.readGitChangeSet({
    repo: repo.dir,
    base: repo.base,
    head: repo.head,
    maxFileBytes: READ_LIMIT_BYTES,
  });
  const afterRead = now();
  const policy = await lib.loadPolicyAtBase(repo.dir, changeSet.base, lib.DEFAULT_POLICY_PATH);
  const afterPolicy = now();
  // The change and the policy read above, so that the phases are timed apart.
  const report = await lib.check(
    {
      policy: { path: lib.DEFAULT_POLICY_PATH, given: policy },
      pullRequest: { body: PR_BODY, labels: [] },
      now: TODAY,
      readWorker,
    },
    lib.gitChangeSource({ repo: repo.dir, changeSet, maxFileBytes: READ_LIMIT_BYTES }),
  );
  const afterPipeline = now();
  lib.renderers.json(report);
  const end = now();
  return {
    total: end - start,
    cpu: cpuNow() - startCpu,
    read: afterRead - start,
    policy: afterPolicy - afterRead,
    pipeline: afterPipeline - afterPolicy,
    render: end - afterPipeline,
    summary: { verdict: report.verdict, ...report.summary },
  };
}

// ---------------------------------------------------------------------------------------------
// Hostile shapes

/**
 * The shapes of test/formats/yaml/limits.test.ts, each read as the check reads a file
 * (readManifestFile) and once (the floor), in milliseconds per megabyte (10^6 bytes of UTF-8).
 * The first run of each warms up the JIT and is not counted.
 */
async function benchHostileShapes(lib) {
  const shapes = [];
  for (const shape of lib.HOSTILE_SHAPES) {
    const text = shape.make();
    const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
    lib.readManifestFile(text, 'x.yaml', lib.HOSTILE_LIMITS);
    const samples = await repeat(`hostile shape: ${shape.name}`, () => {
      const start = now();
      lib.readManifestFile(text, 'x.yaml', lib.HOSTILE_LIMITS);
      const middle = now();
      lib.readOnce(text);
      return { read: middle - start, floor: now() - middle };
    });
    const read = series(samples.map((r) => r.read));
    const floor = series(samples.map((r) => r.floor));
    shapes.push({
      name: shape.name,
      bytes: Buffer.byteLength(text, 'utf8'),
      readManifestFile: read,
      readOnce: floor,
      msPerMb: Math.round(read.median / megabytes),
      floorMsPerMb: Math.round(floor.median / megabytes),
    });
  }
  return shapes;
}

/**
 * `org-report` (the CLI) on generated reports of 500 and of 1,000 repositories, each of 40
 * rollouts and 20 findings: the time should grow with the reports, not faster.
 */
async function benchOrgReport(lib, built) {
  const counts = [500, 1000];
  const measured = [];
  for (const count of counts) {
    const dir = path.join(workDir, `org-${count}`);
    mkdirSync(path.join(dir, 'in'), { recursive: true });
    for (let i = 0; i < count; i++) {
      const name = `acme__repo-${String(i).padStart(4, '0')}.json`;
      writeFileSync(path.join(dir, 'in', name), JSON.stringify(lib.generatedOrgReport(i)));
    }
    const args = [built.cli, 'org-report', path.join(dir, 'in'), '--output', path.join(dir, 'org.md')];
    await expectRun(runNode(args));
    const samples = await repeat(
      `org-report: ${count} reports`,
      async () => (await expectRun(runNode(args))).ms,
    );
    measured.push({ reports: count, wall: series(samples) });
  }
  return {
    measured,
    ratio: round2(measured[1].wall.median / measured[0].wall.median),
  };
}

// ---------------------------------------------------------------------------------------------
// The action: cold start and API requests

async function benchColdStart({ built, fakeModule, rssHook }) {
  log('cold start: node -e 0 and the action on a pull request without manifests');
  const readme = {
    base: { 'README.md': '# deploys\n' },
    head: { 'README.md': '# deploys\n\nTypo fixed.\n' },
  };
  // Most repositories that adopt rollout-guard have a policy file, which the action validates.
  const withPolicy = {
    base: { ...readme.base, [POLICY_PATH]: POLICY },
    head: { ...readme.head, [POLICY_PATH]: POLICY },
  };
  const runAction = async (files, nodeOptions = []) => {
    const result = await runActionOnce({
      fakeModule,
      actionPath: built.index,
      workDir,
      files,
      body: PR_BODY,
      rssHook,
      nodeOptions,
    });
    if (result.code !== 0)
      throw new Error(`the action failed on a no-manifest pull request: ${result.stdout}`);
    return result;
  };
  const node = [];
  const action = [];
  const actionWithPolicy = [];
  for (let run = 0; run < runs; run++) {
    node.push(await runNode(['-e', '0'], { cwd: workDir, rssHook }));
    action.push(await runAction(readme));
    actionWithPolicy.push(await runAction(withPolicy));
  }
  await profiled('cold-start', (nodeOptions) => runAction(readme, nodeOptions));
  await profiled('cold-start-policy', (nodeOptions) => runAction(withPolicy, nodeOptions));
  const summary = (list) => ({
    ...series(list.map((r) => r.ms)),
    cpuMs: series(list.map((r) => r.cpuMs ?? 0)).median,
    peakRssMb: Math.max(...list.map((r) => r.rssMb ?? 0)),
    ...(list[0].requests
      ? { requests: list[0].requests.length, sequentialRoundTrips: list[0].sequential }
      : {}),
  });
  const nodeSummary = summary(node);
  const actionSummary = summary(action);
  const policySummary = summary(actionWithPolicy);
  return {
    node: nodeSummary,
    action: actionSummary,
    actionWithPolicy: policySummary,
    ratio: round2(actionSummary.median / nodeSummary.median),
    cpuRatio: round2(actionSummary.cpuMs / nodeSummary.cpuMs),
    ratioWithPolicy: round2(policySummary.median / nodeSummary.median),
    bundleBytes: built.indexBytes,
  };
}

async function benchApi({ built, fakeModule, rssHook }) {
  const scenario = async (guarded) => {
    log(
      `API: the action on a pull request touching ${API_MANIFESTS} ${guarded ? 'guarded' : 'mixed'} manifests`,
    );
    const files = apiPullRequestFiles(API_MANIFESTS, { guarded });
    const run = await runActionOnce({
      fakeModule,
      actionPath: built.index,
      workDir,
      files,
      body: API_PR_BODY,
      runs: API_RUNS,
      rssHook,
      // Answers take 25 ms, like a network: requests sent together then overlap, and the round
      // trips in a row are the ones a real run waits for.
      latencyMs: API_LATENCY_MS,
    });
    if (run.code !== 0 && run.code !== 1) throw new Error(`the action failed: ${run.stdout}\n${run.stderr}`);
    return {
      verdict: run.verdict,
      findings: run.findings,
      requests: run.requests.length,
      readRequests: run.requests.filter((route) => !COMMENT_ROUTES.includes(route)).length,
      sequentialRoundTrips: run.sequential,
      byRoute: countRoutes(run.requests),
      ms: Math.round(run.ms),
      peakRssMb: run.rssMb,
    };
  };
  const changedFiles = API_MANIFESTS;
  return {
    manifests: API_MANIFESTS,
    changedFiles,
    // Issue 7's budget, plus one request per evidence run the description links to (issue 13).
    limit: 4 + Math.ceil(changedFiles / 100) + Math.ceil(API_MANIFESTS / 50) + API_RUNS.length,
    passing: await scenario(true),
    failing: await scenario(false),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function round2(value) {
  return Math.round(value * 100) / 100;
}

function targets(report) {
  const largest = report.sizes.reduce((a, b) => (b.manifests > a.manifests ? b : a));
  const peakRss = Math.max(
    ...report.sizes.flatMap((s) => [s.checkCli.peakRssMb, s.fullScan.peakRssMb]),
    report.coldStart.action.peakRssMb ?? 0,
    report.coldStart.actionWithPolicy.peakRssMb ?? 0,
    report.api.passing.peakRssMb ?? 0,
    report.api.failing.peakRssMb ?? 0,
  );
  const { api } = report;
  const list = [
    {
      name: `check / parse floor at ${largest.manifests} manifests`,
      target: '≤ 1.5',
      value: `${largest.ratios.checkOverParseFloor} (CPU ${largest.ratios.checkOverParseFloorCpu})`,
      met: largest.ratios.checkOverParseFloor <= 1.5,
    },
    {
      name: '… on one thread',
      target: '≤ 1.5',
      value: `${largest.ratios.checkOneThreadOverParseFloor} (CPU ${largest.ratios.checkOneThreadOverParseFloorCpu})`,
      met: largest.ratios.checkOneThreadOverParseFloor <= 1.5,
    },
    {
      name: `full scan of ${largest.manifests} manifests`,
      target: '< 10 s',
      value: formatMs(largest.fullScan.median),
      met: largest.fullScan.median < 10_000,
    },
    {
      name: 'hostile shapes, slowest (readManifestFile)',
      target: '< 1000 ms/MB',
      value: `${Math.max(...report.hostileShapes.map((h) => h.msPerMb))} ms/MB`,
      met: report.hostileShapes.every((h) => h.msPerMb < 1000),
    },
    {
      name: 'peak RSS (every process measured)',
      target: '< 500 MB',
      value: `${peakRss} MB`,
      met: peakRss < 500,
    },
    {
      name: 'cold start / node -e 0',
      target: '≤ 3',
      value: `${report.coldStart.ratio} (CPU ${report.coldStart.cpuRatio})`,
      met: report.coldStart.ratio <= 3,
    },
    {
      name: '… with a policy file to validate',
      target: '≤ 3',
      value: String(report.coldStart.ratioWithPolicy),
      met: report.coldStart.ratioWithPolicy <= 3,
    },
    {
      name: `API reads for ${api.manifests} changed manifests and ${API_RUNS.length} evidence run`,
      target: `≤ ${api.limit}`,
      value: String(api.passing.readRequests),
      met: api.passing.readRequests <= api.limit,
    },
    {
      name: '… all requests of a passing run, comment lookup included',
      target: `≤ ${api.limit}`,
      value: String(api.passing.requests),
      met: api.passing.requests <= api.limit,
    },
  ];
  if (largest.manifests !== 10_000) list[0].note = list[1].note = 'the targets are set at 10,000 manifests';
  return list;
}

function printReport(report) {
  const size = (s) => s.manifests.toLocaleString('en-US');
  const out = [];
  out.push(
    `\nrollout-guard bench · ${report.machine.cpus} CPUs · node ${report.machine.node} · medians of ${Math.min(MIN_RUNS, report.runs)} to ${report.runs} runs (${report.budgetSeconds} s budget a series) · load average ${report.machine.loadAverage.start[0]} → ${report.machine.loadAverage.end[0]}\n`,
  );
  out.push('wall time:');
  out.push(
    table(
      [
        'manifests',
        'changed',
        'parse floor',
        'check',
        'check / floor',
        'one thread / floor',
        'yaml floor',
        'check / yaml floor',
        'check (CLI)',
        'full scan (CLI)',
        'scan parse floor',
        'scan yaml floor',
        'peak RSS check / scan',
        'runs',
      ],
      report.sizes.map((s) => [
        size(s),
        `${s.change.changedManifests} (${s.change.parsedBlobs} blobs)`,
        formatMs(s.parseFloor.median),
        formatMs(s.checkInProcess.median),
        s.ratios.checkOverParseFloor.toFixed(2),
        s.ratios.checkOneThreadOverParseFloor.toFixed(2),
        formatMs(s.yamlParseFloor.median),
        s.ratios.checkOverYamlParseFloor.toFixed(2),
        formatMs(s.checkCli.median),
        formatMs(s.fullScan.median),
        formatMs(s.fullScanParseFloor.median),
        formatMs(s.fullScanYamlParseFloor.median),
        `${s.checkCli.peakRssMb} / ${s.fullScan.peakRssMb} MB`,
        [s.checkInProcess, s.checkCli, s.fullScanParseFloor, s.fullScan]
          .map((m) => m.samples.length)
          .join('/'),
      ]),
    ),
  );
  out.push('\nCPU time of the node process (git processes not included; steadier on a busy machine):');
  out.push(
    table(
      [
        'manifests',
        'parse floor',
        'check',
        'check / floor',
        'one thread / floor',
        'yaml floor',
        'check / yaml floor',
        'check (CLI)',
        'full scan (CLI)',
        'scan parse floor',
      ],
      report.sizes.map((s) => [
        size(s),
        formatMs(s.parseFloor.cpuMs),
        formatMs(s.checkInProcess.cpuMs),
        s.ratios.checkOverParseFloorCpu.toFixed(2),
        s.ratios.checkOneThreadOverParseFloorCpu.toFixed(2),
        formatMs(s.yamlParseFloor.cpuMs),
        s.ratios.checkOverYamlParseFloorCpu.toFixed(2),
        formatMs(s.checkCli.cpuMs),
        formatMs(s.fullScan.cpuMs),
        formatMs(s.fullScanParseFloor.cpuMs),
      ]),
    ),
  );
  out.push('\nin-process check, median wall time of its parts:');
  out.push(
    table(
      ['manifests', 'git read', 'policy', 'pipeline', 'render', 'floor: git read', 'floor: parse'],
      report.sizes.map((s) => [
        size(s),
        formatMs(s.checkInProcess.gitReadMs),
        formatMs(s.checkInProcess.policyMs),
        formatMs(s.checkInProcess.pipelineMs),
        formatMs(s.checkInProcess.renderMs),
        formatMs(s.parseFloor.readMs),
        formatMs(s.parseFloor.parseMs),
      ]),
    ),
  );
  out.push('\nparsing the changed files, median wall time (files already in memory):');
  out.push(
    table(
      ['manifests', 'yaml parseAllDocuments', 'one reading (floor)', 'parseManifestText', 'readManifestFile'],
      report.sizes.map((s) => [
        size(s),
        formatMs(s.parseBreakdown.yamlMs),
        formatMs(s.parseBreakdown.readOnceMs),
        formatMs(s.parseBreakdown.parseManifestTextMs),
        formatMs(s.parseBreakdown.readManifestFileMs),
      ]),
    ),
  );
  out.push('\nhostile shapes (test/formats/yaml/hostile-shapes.ts), median wall time, files in memory:');
  out.push(
    table(
      ['shape', 'size', 'readManifestFile', 'ms/MB', 'one reading', 'ms/MB'],
      report.hostileShapes.map((h) => [
        h.name,
        `${(h.bytes / 1e6).toFixed(2)} MB`,
        formatMs(h.readManifestFile.median),
        String(h.msPerMb),
        formatMs(h.readOnce.median),
        String(h.floorMsPerMb),
      ]),
    ),
  );
  const o = report.orgReport;
  out.push(
    `\norg-report (CLI): ${o.measured.map((m) => `${m.reports} reports ${formatMs(m.wall.median)}`).join(' · ')} · ratio ${o.ratio}`,
  );
  const c = report.coldStart;
  out.push(
    `\ncold start: node -e 0 ${formatMs(c.node.median)} (CPU ${formatMs(c.node.cpuMs)}) · action, no manifests ${formatMs(c.action.median)} (CPU ${formatMs(c.action.cpuMs)}, ${c.action.requests} requests) · ratio ${c.ratio.toFixed(2)} (CPU ${c.cpuRatio.toFixed(2)}) · peak RSS ${c.action.peakRssMb} MB`,
  );
  out.push(
    `            with a policy file to validate: ${formatMs(c.actionWithPolicy.median)} (CPU ${formatMs(c.actionWithPolicy.cpuMs)}) · ratio ${c.ratioWithPolicy.toFixed(2)} · bundle ${(c.bundleBytes / 1024).toFixed(0)} KiB`,
  );
  out.push(
    `action bundle, largest parts: ${Object.entries(report.build.indexKiBByPackage)
      .slice(0, 6)
      .map(([name, kib]) => `${name} ${kib} KiB`)
      .join(', ')}`,
  );
  for (const [name, a] of [
    ['passing', report.api.passing],
    ['failing', report.api.failing],
  ]) {
    out.push(
      `API, ${report.api.manifests} manifests, ${name} (${a.verdict}): ${a.requests} requests, ${a.readRequests} reads, ${a.sequentialRoundTrips} round trips in a row (answers after ${API_LATENCY_MS} ms) · ${Object.entries(
        a.byRoute,
      )
        .map(([route, count]) => `${route} ${count}`)
        .join(', ')} · ${formatMs(a.ms)} · peak RSS ${a.peakRssMb} MB`,
    );
  }
  out.push('\ntargets (issue 7):');
  out.push(
    table(
      ['', 'target', 'measured', ''],
      report.targets.map((t) => [
        t.name,
        t.target,
        t.value,
        `${t.met ? 'met' : 'MISSED'}${t.note ? ` (${t.note})` : ''}`,
      ]),
    ),
  );
  console.log(`${out.join('\n')}\n`);
}
