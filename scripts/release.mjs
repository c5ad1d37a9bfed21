// Prepares a release on main: `npm run release -- 0.2.0`. It moves the version everywhere it is
// written (package.json and its lock, src/version.ts, the schemas' $id, the SchemaStore entries,
// the examples in the README, docs/ and the hook), dates the changelog's Unreleased section, rebuilds
// dist/, runs the checks, and makes the commit "Release vX.Y.Z" with the annotated tag vX.Y.Z.
// It pushes nothing: `git push origin main vX.Y.Z` starts .github/workflows/release.yml, which
// checks the tag again, publishes the GitHub release and moves the major tag vX to it.
//
//   npm run release -- X.Y.Z [--skip-tests] [--allow-branch]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const REPOSITORY = 'rollout-guard/rollout-guard';

/** Files that show the current release as an example; the changelog keeps its history. */
const VERSIONED_FILES = [
  'README.md',
  'docs/action.md',
  'docs/cli.md',
  'docs/formats.md',
  'docs/policy.md',
  '.pre-commit-hooks.yaml',
  '.github/rollout-guard-selftest.yml',
  'schema/policy.schema.json',
  'schema/exemptions.schema.json',
  'schema/native.schema.json',
];

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function compareVersions(a, b) {
  const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)];
  for (let i = 1; i <= 3; i++) {
    const difference = Number(x?.[i]) - Number(y?.[i]);
    if (difference !== 0) return difference;
  }
  return 0;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A file's text with the old release's version (and major tag, when it changes) replaced. */
export function moveVersion(text, from, to) {
  let moved = text
    .replace(new RegExp(`\\bv${escape(from)}\\b`, 'g'), `v${to}`)
    .replace(new RegExp(`rollout-guard-${escape(from)}\\.tgz`, 'g'), `rollout-guard-${to}.tgz`);
  const [oldMajor, newMajor] = [from.split('.')[0], to.split('.')[0]];
  if (oldMajor !== newMajor) {
    moved = moved.replace(
      new RegExp(`${escape(REPOSITORY)}@v${oldMajor}\\b`, 'g'),
      `${REPOSITORY}@v${newMajor}`,
    );
  }
  return moved;
}

/** The changelog with its Unreleased section dated as the release, and a new empty one above. */
export function dateChangelog(text, version, day) {
  const heading = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text);
  if (!heading) throw new Error('CHANGELOG.md has no "## Unreleased" section');
  if (heading[1].trim() === '')
    throw new Error('CHANGELOG.md: the Unreleased section is empty; say what changed');
  return text.replace('## Unreleased\n', `## Unreleased\n\n## ${version} — ${day}\n`);
}

/** The SchemaStore entries pointing at this release, which joins their versions. */
export function moveCatalog(text, from, to) {
  const catalog = JSON.parse(text);
  for (const entry of catalog.schemas) {
    entry.url = moveVersion(entry.url, from, to);
    entry.versions = { ...entry.versions, [to]: entry.url };
  }
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'inherit', ...options });
}

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function edit(file, change) {
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  if (after !== before) writeFileSync(target, after);
}

function release(version, flags) {
  if (!SEMVER.test(version)) throw new Error(`usage: npm run release -- X.Y.Z (got "${version ?? ''}")`);
  const current = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const tag = `v${version}`;
  if (git('tag', '--list', tag) !== '') throw new Error(`${tag} exists already`);
  if (compareVersions(version, current) < 0) throw new Error(`${version} is older than ${current}`);
  if (git('status', '--porcelain') !== '') throw new Error('the work tree has uncommitted changes');
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch !== 'main' && !flags.has('--allow-branch')) {
    throw new Error(`releases are made on main (this is ${branch}; --allow-branch to go on)`);
  }

  const day = new Date().toISOString().slice(0, 10);
  edit('CHANGELOG.md', (text) => dateChangelog(text, version, day));
  if (version !== current) {
    run('npm', ['version', version, '--no-git-tag-version']);
    edit('src/version.ts', (text) => text.replace(`'${current}'`, `'${version}'`));
    for (const file of VERSIONED_FILES) edit(file, (text) => moveVersion(text, current, version));
    edit('schema/schemastore-catalog.json', (text) => moveCatalog(text, current, version));
  }
  run('npm', ['run', 'build']);
  run('npx', ['prettier', '--write', ...VERSIONED_FILES, 'CHANGELOG.md', 'schema/schemastore-catalog.json']);
  run('npm', ['run', 'typecheck']);
  if (!flags.has('--skip-tests')) run('npm', ['test']);
  run('npm', ['run', 'check-dist']);
  run('npm', ['run', 'check-licenses']);

  git('add', '--all');
  git('commit', '--quiet', '-m', `Release ${tag}`);
  git('tag', '--annotate', tag, '-m', `rollout-guard ${version}`);
  console.log(`
Release ${tag} is committed and tagged here. Publish it with:

  git push origin ${branch} ${tag}

The release workflow checks the tag, creates the GitHub release from the changelog and moves
v${version.split('.')[0]} to ${tag}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, ...rest] = process.argv.slice(2);
  try {
    release(version, new Set(rest));
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
