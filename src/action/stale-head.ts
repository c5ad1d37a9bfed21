import { UserError } from '../core/errors.js';

/** The run is judging a commit that is no longer the pull request's head. */
export class StaleHeadError extends UserError {
  override name = 'StaleHeadError';

  override describe(): string {
    return `rollout-guard: stale: ${this.message}`;
  }
}
