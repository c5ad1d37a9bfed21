/**
 * Inputs shaped to find a path in the reader that grows faster than the text: the hostile-shape
 * test (limits.test.ts) guards against quadratic paths with a generous bound, and `npm run bench`
 * reports the milliseconds per megabyte of each (issue 7; the security issue's bound is
 * 1,000 ms/MB).
 */
export interface HostileShape {
  name: string;
  make(): string;
}

/** The limits the shapes are read with: the default ones, with room for the largest shape. */
export const HOSTILE_LIMITS = { maxBytes: 4 * 1024 * 1024, maxDepth: 64, maxAliases: 100 };

const rollout = (i: number) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: r${i}\nspec:\n  strategy:\n    canary:\n      steps:\n      - setWeight: 5\n      - pause: {}\n`;

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: '3,000 rollouts in one file',
    make: () => Array.from({ length: 3000 }, (_, i) => rollout(i)).join('---\n'),
  },
  {
    name: 'template actions on one line past a syntax error',
    make: () => `kind: Rollout\nspec: [\n${'{{ .x }} '.repeat(60_000)}`,
  },
  { name: 'a flow sequence on one line', make: () => `a: [${'abc, '.repeat(120_000)}x]\n` },
  { name: 'many `---` lines', make: () => '---\n'.repeat(150_000) },
  { name: 'line separators in comments', make: () => 'a: 1 # x\u2028'.repeat(50_000) },
  {
    name: 'a 30,000-key mapping with quoted keys',
    make: () => Array.from({ length: 30_000 }, (_, i) => `"k${i}": 'v'`).join('\n'),
  },
  {
    name: 'merge keys that expand a big map again and again',
    make: () => {
      let text = 'big: &big {';
      for (let i = 0; i < 20_000; i++) text += `k${i}: v, `;
      text += 'z: 1}\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nt:\n';
      for (let i = 0; i < 90; i++) text += `  <<: *big\n  x${i}: 1\n`;
      return text;
    },
  },
  {
    name: 'a ConfigMap of 70,000 keys (about 1 MB)',
    make: () => {
      const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings', 'data:'];
      for (let i = 0; i < 70_000; i++) lines.push(`  k${String(i).padStart(5, '0')}: v${i}`);
      return `${lines.join('\n')}\n`;
    },
  },
];
