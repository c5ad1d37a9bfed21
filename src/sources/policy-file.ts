import { readFile } from 'node:fs/promises';
import { BUILTIN_POLICY, parsePolicy } from '../core/policy.js';
import type { Policy, PolicyError } from '../core/policy.js';
import { parseExemptions } from '../core/exemptions.js';
import type { Exemption } from '../core/exemptions.js';
import type { FileContent } from '../core/model.js';
import { fsProblem } from './fs-errors.js';
import { readFileAtRef } from './git/index.js';

/** The policy could not be used: each error has file, line and column. */
export class PolicyLoadError extends Error {
  constructor(readonly errors: PolicyError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
    this.name = 'PolicyLoadError';
  }
}

const MAX_POLICY_BYTES = 256 * 1024;

/** Parses policy text, or throws a PolicyLoadError listing every problem. */
export function policyFromText(text: string, file: string, source: string): Policy {
  const result = parsePolicy(text, file, source);
  if (!result.ok) throw new PolicyLoadError(result.errors);
  return result.policy;
}

/**
 * The policy as it is on the base commit: a change cannot loosen the policy that judges it.
 * No file there means the built-in policy.
 */
export async function loadPolicyAtBase(repo: string, baseSha: string, policyPath: string): Promise<Policy> {
  const content = await readFileAtRef(repo, baseSha, policyPath, MAX_POLICY_BYTES);
  if (content === undefined) return BUILTIN_POLICY;
  if (content.kind !== 'text') {
    throw new PolicyLoadError([
      {
        file: policyPath,
        line: 1,
        column: 1,
        message: `the policy at ${baseSha.slice(0, 12)} is not a readable text file (${content.kind})`,
      },
    ]);
  }
  return policyFromText(content.text, policyPath, `${policyPath}@${baseSha}`);
}

/** A policy file from disk, named explicitly (for trying a policy out before landing it). */
export async function loadPolicyFile(file: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PolicyLoadError([
      { file, line: 1, column: 1, message: `cannot read the policy file: ${fsProblem(error, file, 'read')}` },
    ]);
  }
  return policyFromText(text, file, file);
}

/** The exemptions file as it is on the base commit; none there means no exemptions. */
export async function loadExemptionsAtBase(
  repo: string,
  baseSha: string,
  file: string,
): Promise<Exemption[]> {
  const content = await readFileAtRef(repo, baseSha, file, MAX_POLICY_BYTES);
  return exemptionsFrom(
    content === undefined ? undefined : content.kind === 'text' ? content.text : content,
    file,
    baseSha,
  );
}

/** Parses the base commit's exemptions file, or throws a PolicyLoadError: admins own it like the policy. */
export function exemptionsFrom(
  content: string | Exclude<FileContent, { kind: 'text' }> | undefined,
  file: string,
  baseSha: string,
): Exemption[] {
  if (content === undefined) return [];
  if (typeof content !== 'string') {
    throw new PolicyLoadError([
      {
        file,
        line: 1,
        column: 1,
        message: `the exemptions file at ${baseSha.slice(0, 12)} is not a readable text file (${content.kind})`,
      },
    ]);
  }
  const result = parseExemptions(content, file);
  if (!result.ok) throw new PolicyLoadError(result.errors);
  return result.exemptions;
}
