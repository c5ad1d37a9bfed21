import type { ContextFile, Diagnostic, Gate, RolloutPlan } from '../core/model.js';
import type { ParseLimits } from '../formats/document.js';
import { readManifestFile } from '../formats/registry.js';

export interface RenderedReading {
  plans: RolloutPlan[];
  diagnostics: Diagnostic[];
  /** Changed templates whose output was given: judged through it. */
  covered: Set<string>;
  /** Charts named by the output's `# Source:` lines. */
  charts: Set<string>;
  /** Whether any rendered output was given at all. */
  given: boolean;
}

/**
 * Plans from manifests rendered by an earlier step. Helm marks each document with
 * `# Source: <chart>/templates/<file>`; such a plan is reported on the changed template it came
 * from (at the template's `kind:` line), and that template is then judged rather than unverifiable.
 */
export function readRendered(
  files: ContextFile[],
  templates: Map<string, string>,
  limits: ParseLimits,
): RenderedReading {
  const plans: RolloutPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  const covered = new Set<string>();
  const charts = new Set<string>();
  for (const file of files) {
    if (file.content.kind !== 'text') continue;
    for (const chunk of splitDocuments(file.content.text)) {
      const source = /^#\s*Source:\s*(\S+)\s*$/m.exec(chunk.text)?.[1];
      if (source !== undefined) charts.add(source.split('/')[0] as string);
      const template = source === undefined ? undefined : templateFor(source, templates);
      const reading = readManifestFile(chunk.text, file.path, limits);
      const problems = [...reading.diagnostics, ...(reading.fileDiagnostics ?? [])];
      diagnostics.push(...problems.map((d) => ({ ...d, line: d.line + chunk.offset })));
      for (const plan of reading.plans) {
        if (template === undefined) {
          plans.push(shiftLines(plan, file.path, (line) => line + chunk.offset, []));
          continue;
        }
        covered.add(template);
        const kindLine = kindLineOf(templates.get(template) ?? '', plan.target.kind);
        plans.push(
          shiftLines(plan, template, () => kindLine, [
            `read from the rendered manifest ${file.path}:${plan.line + chunk.offset}`,
          ]),
        );
      }
    }
  }
  return { plans, diagnostics, covered, charts, given: files.length > 0 };
}

function splitDocuments(text: string): { text: string; offset: number }[] {
  const lines = text.split(/\r?\n/);
  const chunks: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^---\s*$/.test(lines[i] ?? '')) {
      if (i > start) chunks.push({ text: lines.slice(start, i).join('\n'), offset: start });
      start = i + 1;
    }
  }
  return chunks;
}

/** `mychart/templates/rollout.yaml` → the changed template whose path ends with it (chart folder names differ). */
function templateFor(source: string, templates: Map<string, string>): string | undefined {
  const withinChart = source.split('/').slice(1).join('/');
  for (const path of templates.keys()) {
    if (
      path === source ||
      path.endsWith(`/${source}`) ||
      (withinChart !== '' && path.endsWith(`/${withinChart}`))
    )
      return path;
  }
  return undefined;
}

function kindLineOf(text: string, kind: string): number {
  const index = text
    .split(/\r?\n/)
    .findIndex((line) => new RegExp(`^\\s*kind:\\s*["']?${kind}\\b`).test(line));
  return index === -1 ? 1 : index + 1;
}

/** The same plan reported in another file, every line moved by `move`. */
function shiftLines(
  plan: RolloutPlan,
  file: string,
  move: (line: number) => number,
  notes: string[],
): RolloutPlan {
  const moveGate = (g: Gate): Gate => ({ ...g, line: move(g.line) });
  return {
    ...plan,
    file,
    line: move(plan.line),
    stages: plan.stages.map((s) => ({ ...s, line: move(s.line), gates: s.gates.map(moveGate) })),
    backgroundGates: plan.backgroundGates.map(moveGate),
    rollback: {
      ...plan.rollback,
      ...(plan.rollback.line !== undefined ? { line: move(plan.rollback.line) } : {}),
    },
    bypasses: plan.bypasses.map((b) => ({ ...b, line: move(b.line) })),
    notes: [...plan.notes, ...notes],
  };
}
