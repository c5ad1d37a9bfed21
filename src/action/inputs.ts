import * as core from '@actions/core';
import { UserError } from '../core/errors.js';
import { parseReference } from '../core/policy-extends.js';

export type Mode = 'enforce' | 'warn';
export type CommentMode = 'auto' | 'always' | 'never';
export type FailOn = 'error' | 'warning';
export type UseCheckout = 'auto' | 'true' | 'false';

/** The action's inputs, named as in action.yml, validated in one place. */
export interface ActionInputs {
  token: string;
  policy: string;
  mode: Mode;
  comment: CommentMode;
  sarif: string;
  workingDirectory: string;
  useCheckout: UseCheckout;
  failOn: FailOn;
  renderedManifests: string;
  /** Context of the commit status that carries the verdict; empty for none. */
  commitStatus: string;
  /** OWNER/REPO/PATH@REF of a policy imposed on the repository; empty for none. */
  sharedPolicy: string;
  /** Token that reads shared policies; empty: `token`. */
  sharedPolicyToken: string;
}

export class InputError extends UserError {
  override name = 'InputError';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function sharedPolicy(value: string): string {
  if (value !== '' && parseReference(value) === undefined) {
    throw new InputError(
      `input "shared-policy" must be OWNER/REPO/PATH@REF, e.g. acme/rollout-policies/rollout-guard.yml@v3 (got "${value}")`,
    );
  }
  return value;
}

export function readInputs(): ActionInputs {
  const token = core.getInput('token');
  if (token === '') throw new InputError('input "token" is empty; the default is ${{ github.token }}');
  return {
    token,
    policy: core.getInput('policy').trim() || '.github/rollout-guard.yml',
    mode: choice('mode', ['enforce', 'warn'], 'enforce'),
    comment: choice('comment', ['auto', 'always', 'never'], 'auto'),
    sarif: core.getInput('sarif').trim(),
    workingDirectory: core.getInput('working-directory').trim() || '.',
    useCheckout: choice('use-checkout', ['auto', 'true', 'false'], 'auto'),
    failOn: choice('fail-on', ['error', 'warning'], 'error'),
    renderedManifests: core.getInput('rendered-manifests').trim(),
    commitStatus: core.getInput('commit-status').trim(),
    sharedPolicy: sharedPolicy(core.getInput('shared-policy').trim()),
    sharedPolicyToken: core.getInput('shared-policy-token').trim(),
  };
}
