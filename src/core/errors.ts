/**
 * A failure the user can act on: an invalid policy, input or flag, a git or GitHub read that
 * failed, a pull request that moved on. Each entry point asks one question, `instanceof
 * UserError`: yes, it prints `describe()` (no stack trace) and exits as for any user error; no,
 * it is a bug in rollout-guard. Each kind is a subclass, defined where it is thrown.
 */
export class UserError extends Error {
  /**
   * The whole message, as the user reads it. `command`: the CLI command that failed, for the kinds
   * that name it (a flag it does not have).
   */
  describe(_command?: string): string {
    return `rollout-guard: ${this.message}`;
  }
}
