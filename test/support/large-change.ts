import { PARALLEL_MIN_CHARS } from '../../src/parallel/read-pool.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');

/** A rollout (one in five unsafe) with a large ConfigMap beside it, about 70 KB. */
function service(index: number): string {
  const rollout = (index % 5 === 0 ? UNSAFE : GUARDED).replace(/checkout/g, `svc-${index}`);
  const data = Array.from(
    { length: 1500 },
    (_, line) => `  KEY_${line}: "value ${index}-${line} ${'x'.repeat(20)}"`,
  );
  return `${rollout}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: svc-${index}-config\ndata:\n${data.join('\n')}\n`;
}

/** Manifest files with more text than the pipeline parses on one thread (1.5× the threshold). */
export function largeChange(): Record<string, string> {
  const files: Record<string, string> = {};
  let chars = 0;
  for (let i = 0; chars < PARALLEL_MIN_CHARS * 1.5; i++) {
    const text = service(i);
    files[`deploy/svc-${i}/rollout.yaml`] = text;
    chars += text.length;
  }
  return files;
}
