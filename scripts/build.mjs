// Bundles the action (dist/index.js), the CLI (dist/cli.js) and their parser thread
// (dist/read-worker.js), and writes the license notices of what they bundle (dist/licenses.txt)
// and the hash of the sources they were built from (dist/sources.json).
// The output depends only on the sources and the locked dependencies, so `npm run check-dist`
// can rebuild and compare.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateValidators } from './generate-validators.mjs';
import { LICENSES_FILE, thirdPartyNotices } from './licenses.mjs';
import { SOURCES_FILE, hashInputs } from './sources.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundle(outdir) {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: {
      index: 'src/main.ts',
      post: 'src/post.ts',
      cli: 'src/cli.ts',
      'read-worker': 'src/parallel/read-worker.ts',
    },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // The bundled packages' license texts go to dist/licenses.txt instead, whole.
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    metafile: true,
  });
  // What ends up in an output, not every file resolved: tree shaking drops some packages whole.
  const bundled = Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, use]) => use.bytesInOutput > 0)
      .map(([input]) => input),
  );
  await writeFile(path.resolve(root, outdir, LICENSES_FILE), thirdPartyNotices(bundled));
  // What the bundles were built from, so the end-to-end tests can refuse a dist/ older than src/.
  const inputs = [
    ...new Set(Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs))),
  ].sort();
  await writeFile(
    path.resolve(root, outdir, SOURCES_FILE),
    `${JSON.stringify({ sha256: await hashInputs(inputs), inputs }, null, 1)}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateValidators();
  await bundle(process.argv[2] ?? 'dist');
}
