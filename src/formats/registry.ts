import type { Diagnostic, RolloutPlan } from '../core/model.js';
import { argoRollouts } from './argo-rollouts.js';
import { parseManifestText } from './document.js';
import type { ParseLimits } from './document.js';
import { flagger } from './flagger.js';
import { kubernetes } from './kubernetes.js';
import { native } from './native.js';
import type { FormatAdapter, SourceDocument } from './types.js';

/**
 * Every format, most specific first: the first adapter that detects a document owns it
 * (Kubernetes last, since it claims any apiVersion/kind object).
 */
export const ADAPTERS = [argoRollouts, flagger, native, kubernetes] satisfies FormatAdapter[];

export interface FileReading {
  plans: RolloutPlan[];
  diagnostics: Diagnostic[];
  /** Some document in the file belongs to a known format (even if it yields no plan). */
  recognised: boolean;
  /** The file holds template actions and could not be read as it is. */
  templated: boolean;
}

/** Parses one file and runs each document through the adapter that recognises it. */
export function readManifestFile(text: string, file: string, limits?: ParseLimits): FileReading {
  const parsed = parseManifestText(text, file, limits);
  const plans: RolloutPlan[] = [];
  const diagnostics = [...parsed.diagnostics];
  let recognised = false;
  const grouped = new Map<FormatAdapter, SourceDocument[]>();
  for (const doc of parsed.documents) {
    const adapter = ADAPTERS.find((a) => a.detect(doc));
    if (!adapter) continue;
    recognised = true;
    if (adapter.combine) {
      grouped.set(adapter, [...(grouped.get(adapter) ?? []), doc]);
      continue;
    }
    const result = adapter.toPlans(doc);
    plans.push(...result.plans);
    diagnostics.push(...result.diagnostics);
  }
  for (const [adapter, docs] of grouped) {
    const result = adapter.combine?.(docs) ?? { plans: [], diagnostics: [] };
    plans.push(...result.plans);
    diagnostics.push(...result.diagnostics);
  }
  return { plans, diagnostics, recognised, templated: parsed.templated };
}
