import type { Stage } from '../../core/model.js';

/** Adds a hold to a plan stage: seconds add up, and a manual hold stays manual. */
export function addHold(stage: Stage, hold: number | 'manual'): void {
  stage.hold = stage.hold === 'manual' || hold === 'manual' ? 'manual' : stage.hold + hold;
}
