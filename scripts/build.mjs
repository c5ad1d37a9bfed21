// Bundles the action (dist/index.js), the CLI (dist/cli.js) and their parser thread
// (dist/read-worker.js). The output depends only on the
// sources and the locked dependencies, so `npm run check-dist` can rebuild and compare.
import { build } from 'esbuild';
import { generateValidators } from './generate-validators.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundle(outdir) {
  await build({
    absWorkingDir: root,
    entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts', 'read-worker': 'src/parallel/read-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateValidators();
  await bundle(process.argv[2] ?? 'dist');
}
