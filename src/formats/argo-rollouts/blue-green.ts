import type { Gate, Stage } from '../../core/model.js';
import { asBoolean, field, path } from '../access.js';
import { describeValue as describe } from '../field-text.js';
import { readAnalysis } from './analysis.js';
import { BLUE_GREEN, objectAt } from './context.js';
import type { Shape, Context } from './context.js';

/** The blue-green strategy: the preview stage and the pre- and post-promotion analyses. */

export function readBlueGreen(ctx: Context): Shape {
  const blueGreen = objectAt(ctx, BLUE_GREEN);
  const preview = previewStage(ctx, blueGreen);
  const promoted: Stage = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };

  const pre = readPromotionAnalysis(
    ctx,
    'prePromotionAnalysis',
    'a failed pre-promotion analysis aborts the rollout',
  );
  if (pre) preview.gates.push(pre);
  const post = readPromotionAnalysis(
    ctx,
    'postPromotionAnalysis',
    'a failed post-promotion analysis aborts the rollout and switches traffic back',
  );
  if (post) promoted.gates.push(post);

  if (preview.hold === 0 && preview.gates.length === 0) {
    const why =
      field(blueGreen, 'autoPromotionEnabled') === true
        ? 'autoPromotionEnabled: true'
        : 'autoPromotionEnabled defaults to true';
    ctx.notes.push(`traffic switches to the new version as soon as its pods are ready (${why})`);
  }
  return { strategy: 'blue-green', stages: [preview, promoted], backgroundGates: [] };
}

/** The preview stack before the switch: no traffic, held until promotion. */
function previewStage(ctx: Context, blueGreen: unknown): Stage {
  const enabledAt = [...BLUE_GREEN, 'autoPromotionEnabled'];
  const secondsAt = [...BLUE_GREEN, 'autoPromotionSeconds'];
  const enabled = field(blueGreen, 'autoPromotionEnabled');
  const seconds = field(blueGreen, 'autoPromotionSeconds');

  if (enabled !== undefined && asBoolean(enabled) === undefined) {
    ctx.invalid(enabledAt, `must be true or false, got ${describe(enabled)}; read as the default, true`);
  }
  if (enabled === false) {
    if (seconds !== undefined) {
      ctx.notes.push('autoPromotionSeconds is ignored because autoPromotionEnabled is false');
    }
    return { weight: 0, hold: 'manual', gates: [], line: ctx.doc.lineOf(enabledAt) };
  }
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      ctx.invalid(secondsAt, `must be a whole number of seconds, got ${describe(seconds)}`);
    } else {
      return { weight: 0, hold: seconds, gates: [], line: ctx.doc.lineOf(secondsAt) };
    }
  }
  return { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };
}

function readPromotionAnalysis(ctx: Context, key: string, how: string): Gate | undefined {
  const at = [...BLUE_GREEN, key];
  const value = path(ctx.doc.value, at);
  if (value === undefined || value === null) return undefined;
  const gate = readAnalysis(ctx, at, value);
  if (gate?.effective) ctx.aborts.push({ how, line: gate.line });
  return gate;
}
