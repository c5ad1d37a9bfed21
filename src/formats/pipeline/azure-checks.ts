import type { Stage } from '../../core/model.js';
import { addHold } from './stage-hold.js';
import { asNumber, asString, path } from '../access.js';
import type { AdapterContext } from '../context.js';
import { describeValue as describe, fieldPath as dotted } from '../field-text.js';
import { RUNTIME_VALUE } from './azure-pipeline.js';
import { AZURE_STEPS, stepRole } from './classify.js';
import type { PipelineStep as Step } from './model.js';

/**
 * Holds and gates from the steps that run while the canary is live: ManualValidation (a person
 * approves), Delay (a bake time), postRouteTraffic steps and steps that test the canary (a
 * failure stops the promote).
 */
export function applyChecks(ctx: AdapterContext, stage: Stage, steps: Step[], notes: string[]): void {
  for (const step of steps) {
    const role = stepRole(step, AZURE_STEPS);
    if (step.neverRuns) {
      if (role !== 'other') {
        notes.push(
          `${dotted(step.at)} never runs (its condition, or its job's or stage's, is always false): it neither waits nor checks anything`,
        );
      }
      continue;
    }
    if (role === 'approval') {
      const onTimeout = asString(path(step.value, ['inputs', 'onTimeout']))?.toLowerCase();
      const resumes = onTimeout === 'resume';
      if (resumes) {
        notes.push(`${dotted(step.at)} resumes on timeout: the rollout goes on when nobody answers`);
      }
      stage.gates.push({
        kind: 'approval',
        name: step.name,
        line: ctx.doc.lineOf(step.at),
        effective: !resumes,
      });
      stage.hold = 'manual';
      continue;
    }
    if (role === 'wait') {
      addHold(stage, readDelay(ctx, step, notes));
      continue;
    }
    if (role !== 'check') continue;
    if (step.failureIgnored === 'yes') {
      notes.push(
        `${dotted(step.at)} has continueOnError (on the step or its job): its failure does not stop the rollout`,
      );
    } else if (step.failureIgnored === 'maybe') {
      notes.push(
        `${dotted(step.at)} has a continueOnError expression: its failure may not stop the rollout, so it is not counted as a check`,
      );
    }
    stage.gates.push({
      kind: 'webhook',
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === 'no',
    });
  }
}

function readDelay(ctx: AdapterContext, step: Step, notes: string[]): number {
  const at = [...step.at, 'inputs', 'delayForMinutes'];
  const raw = path(step.value, ['inputs', 'delayForMinutes']);
  const minutes = typeof raw === 'string' && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (minutes !== undefined && minutes >= 0) return Math.round(minutes * 60);
  if (typeof raw === 'string' && RUNTIME_VALUE.test(raw)) {
    notes.push(`${dotted(at)} is set at run time; read as no delay`);
  } else {
    ctx.report(at, `${dotted(at)} must be a number of minutes, got ${describe(raw)}; read as no delay`);
  }
  return 0;
}
