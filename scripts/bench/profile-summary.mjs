// node scripts/bench/profile-summary.mjs FILE.cpuprofile [--top 25] [--match TEXT] [--under NAME]
//
// Summarises a V8 CPU profile (node --cpu-prof): self and total time per function, with the bundle
// line so a function can be found in the source. Total time counts a recursive function once.
// --under NAME: where the time of function NAME goes, by the functions it calls directly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, match: { type: 'string' }, under: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile [--top N] [--match TEXT]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfMicros = new Map();
profile.samples.forEach((id, i) =>
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);

const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
};

const self = new Map();
const total = new Map();
const under = new Map();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (micros === 0) continue;
  const name = label(node);
  self.set(name, (self.get(name) ?? 0) + micros);
  // Credit every distinct function on the stack once.
  const seen = new Set();
  let below = '(self)';
  let counted = false;
  for (let id = node.id; id !== undefined; id = parent.get(id)) {
    const frame = label(nodes.get(id));
    if (!counted && values.under !== undefined && nodes.get(id).callFrame.functionName === values.under) {
      under.set(below, (under.get(below) ?? 0) + micros);
      counted = true;
    }
    below = frame;
    if (seen.has(frame)) continue;
    seen.add(frame);
    total.set(frame, (total.get(frame) ?? 0) + micros);
  }
}

const all = [...selfMicros.values()].reduce((a, b) => a + b, 0);
const idle = [...self].filter(([name]) => /^\((idle|program|garbage collector)\)/.test(name));
const top = Number(values.top);
const show = (title, map) => {
  console.log(`\n${title}`);
  const rows = [...map]
    .filter(([name]) => values.match === undefined || name.includes(values.match))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [name, micros] of rows) {
    console.log(
      `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / all).toFixed(1).padStart(5)}%  ${name}`,
    );
  }
};
console.log(`${path.basename(file)}: ${(all / 1000).toFixed(0)} ms sampled`);
for (const [name, micros] of idle) console.log(`  ${name}: ${(micros / 1000).toFixed(0)} ms`);
show('self time', self);
show('total time (inclusive)', total);
if (values.under !== undefined) show(`inside ${values.under}, by the function it calls`, under);
