// The third-party notices of dist/: every package esbuild bundles, with its license text, in
// dist/licenses.txt. The bundles strip the packages' own files, so this is where their licenses
// travel with the code. `npm run build` writes it from esbuild's metafile (so it lists exactly
// what is bundled, nothing the lock file merely holds); `npm run check-dist` proves it current;
// `npm run check-licenses` (this file, run directly) checks the committed file against the
// bundles and the list of licenses we accept.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const LICENSES_FILE = 'licenses.txt';

/**
 * Licenses that let us ship a package inside a bundle under MIT with its notice kept. Anything
 * else (GPL, LGPL, MPL, no license at all) fails the build and needs a decision, not a default.
 */
export const ALLOWED_LICENSES = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'CC0-1.0',
  'BlueOak-1.0.0',
]);

const LICENSE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i;
const RULE = '='.repeat(80);
const HEADER = `Third-party software bundled into dist/ by scripts/build.mjs, with the license of each.
Generated from the bundles' inputs; do not edit (npm run build writes it, npm run check-dist
checks it). rollout-guard itself is under the MIT license: see LICENSE.
`;

/** The folder of each package a bundle holds code from: `node_modules/a/node_modules/@b/c`. */
export function bundledPackageDirs(inputPaths) {
  const dirs = new Set();
  for (const input of inputPaths) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
    if (match) dirs.add(match[1]);
  }
  return [...dirs];
}

/** A package's name, version, license and license text, read from its folder. */
function readPackage(dir) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const files = readdirSync(path.join(root, dir))
    .filter((name) => LICENSE_FILE.test(name))
    .sort();
  const text = files
    .map((name) => readFileSync(path.join(root, dir, name), 'utf8'))
    .join('\n\n')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  const license = typeof manifest.license === 'string' ? manifest.license : undefined;
  return { name: manifest.name, version: manifest.version, license, text, dir };
}

/** Each package's problem: a license we have not accepted, or no license text to ship. */
export function licenseProblems(packages) {
  const problems = [];
  for (const pkg of packages) {
    const label = `${pkg.name}@${pkg.version}`;
    if (pkg.license === undefined || !ALLOWED_LICENSES.has(pkg.license)) {
      problems.push(
        `${label}: license ${pkg.license ?? '(none)'} is not one of ${[...ALLOWED_LICENSES].join(', ')}`,
      );
    }
    if (pkg.text === '') problems.push(`${label}: ships no license file to copy into the notices`);
  }
  return problems;
}

/** dist/licenses.txt for the packages these bundle inputs come from; throws on a problem. */
export function thirdPartyNotices(inputPaths) {
  const packages = bundledPackageDirs(inputPaths)
    .map(readPackage)
    .sort((a, b) => (a.name === b.name ? compare(a.version, b.version) : compare(a.name, b.name)));
  const problems = licenseProblems(packages);
  if (problems.length > 0) throw new Error(`third-party licenses:\n  ${problems.join('\n  ')}`);
  const entries = packages.map((pkg) =>
    [RULE, `${pkg.name} ${pkg.version}`, `License: ${pkg.license}`, '', pkg.text, ''].join('\n'),
  );
  return `${HEADER}\n${entries.join('\n')}`;
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses dist/licenses.txt back into its entries. */
export function parseNotices(text) {
  return text
    .split(`${RULE}\n`)
    .slice(1)
    .map((entry) => {
      const [title = '', licenseLine = '', , ...body] = entry.split('\n');
      const space = title.lastIndexOf(' ');
      return {
        name: title.slice(0, space),
        version: title.slice(space + 1),
        license: licenseLine.replace(/^License: /, ''),
        text: body.join('\n').trim(),
      };
    });
}

/** The names of the packages a bundle holds code from, by the path comments esbuild writes. */
export function packagesInBundle(code) {
  const names = new Set();
  for (const [, file] of code.matchAll(/^\/\/ (\S*node_modules\/\S+)$/gm)) {
    // The innermost node_modules folder names the package (a nested copy is a package too).
    const last = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (last?.[1] !== undefined) names.add(last[1]);
  }
  return names;
}

/** Checks the committed dist/licenses.txt: every bundled package listed, each allowed, each with text. */
export function checkCommittedNotices(distDir = path.join(root, 'dist')) {
  const notices = parseNotices(readFileSync(path.join(distDir, LICENSES_FILE), 'utf8'));
  const problems = licenseProblems(notices);
  const listed = new Set(notices.map((entry) => entry.name));
  const bundled = new Set();
  for (const name of readdirSync(distDir).filter((file) => file.endsWith('.js'))) {
    for (const pkg of packagesInBundle(readFileSync(path.join(distDir, name), 'utf8'))) bundled.add(pkg);
  }
  for (const name of bundled) {
    if (!listed.has(name)) problems.push(`${name} is bundled into dist/ but missing from ${LICENSES_FILE}`);
  }
  for (const name of listed) {
    if (!bundled.has(name)) problems.push(`${name} is in ${LICENSES_FILE} but in no bundle`);
  }
  return { notices, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { notices, problems } = checkCommittedNotices();
  if (problems.length > 0) {
    console.error(`dist/${LICENSES_FILE} is wrong:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const counts = new Map();
  for (const { license } of notices) counts.set(license, (counts.get(license) ?? 0) + 1);
  const summary = [...counts].map(([license, count]) => `${license} ${count}`).join(', ');
  console.log(`dist/${LICENSES_FILE} covers the ${notices.length} bundled packages (${summary}).`);
}
