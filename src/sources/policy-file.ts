import { readFile } from 'node:fs/promises';
import { BUILTIN_POLICY, parsePolicy, readPolicyFile, resolvePolicy } from '../core/policy.js';
import type { Policy, PolicyError, PolicyFile } from '../core/policy.js';
import { mergeShared, parseReference, referenceKey } from '../core/policy-extends.js';
import type { PolicyReference } from '../core/policy-extends.js';
import { parseExemptions } from '../core/exemptions.js';
import type { Exemption } from '../core/exemptions.js';
import type { FileContent } from '../core/model.js';
import { UserError } from '../core/errors.js';
import { fsProblem } from './fs-errors.js';
import { readFileAtRef } from './git/index.js';

/** The policy could not be used: each error has file, line and column. */
export class PolicyLoadError extends UserError {
  constructor(readonly errors: PolicyError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
    this.name = 'PolicyLoadError';
  }

  override describe(): string {
    return `rollout-guard: the policy is not valid:\n${this.message}`;
  }
}

const MAX_POLICY_BYTES = 256 * 1024;

/** Parses policy text that extends nothing, or throws a PolicyLoadError listing every problem. */
export function policyFromText(text: string, file: string, source: string): Policy {
  const result = parsePolicy(text, file, source);
  if (!result.ok) throw new PolicyLoadError(result.errors);
  return result.policy;
}

// ---------------------------------------------------------------------------------------------
// Shared policies: `extends`, and a policy imposed on the repository

/** A shared policy could not be read: not found, refused, not a file. The message says why and what to do. */
export class SharedPolicyError extends Error {
  override name = 'SharedPolicyError';
}

/** Where shared policies are read from: the API (the Action, the CLI with a token), or a folder. */
export interface SharedPolicySource {
  /** The policy file's text at the reference; throws a SharedPolicyError or a GitHubSourceError. */
  read(reference: PolicyReference): Promise<string>;
}

export interface SharedPolicyOptions {
  /** Undefined where no shared policy can be read: a policy with `extends` then fails to load. */
  shared?: SharedPolicySource | undefined;
  /** Why shared policies cannot be read here, and how to make them readable (for that failure). */
  unreadable?: string;
  /**
   * A policy imposed on the repository (the Action's `shared-policy` input, the CLI's
   * --shared-policy): OWNER/REPO/PATH@REF, read from `shared`, or a file read already (the CLI's
   * --shared-policy FILE). It applies even where the repository has no policy, and the repository's
   * may only tighten it.
   */
  impose?: string | { name: string; text: string } | undefined;
}

/** How deep shared policies may extend one another. */
export const MAX_EXTENDS_DEPTH = 5;

interface Chain {
  data: PolicyFile;
  lineOf: (path: (string | number)[]) => number;
  /** The shared policies merged in, nearest first. */
  shared: string[];
}

type Position = { file: string; line: number; column: number };

async function readShared(reference: PolicyReference, options: SharedPolicyOptions, at: Position) {
  const source = options.shared;
  if (source === undefined) {
    throw new PolicyLoadError([
      {
        ...at,
        message: `${reference.text} cannot be read here: ${options.unreadable ?? 'no source of shared policies is configured'}`,
      },
    ]);
  }
  try {
    return await source.read(reference);
  } catch (error) {
    throw new PolicyLoadError([{ ...at, message: `${reference.text}: ${(error as Error).message}` }]);
  }
}

/** A policy file and every shared policy it extends, merged (a loosening or a cycle throws). */
async function loadChain(
  text: string,
  file: string,
  options: SharedPolicyOptions,
  chain: readonly string[],
): Promise<Chain> {
  const parsed = readPolicyFile(text, file);
  if (!parsed.ok) throw new PolicyLoadError(parsed.errors);
  const written = parsed.data.extends;
  if (written === undefined) return { data: parsed.data, lineOf: parsed.lineOf, shared: [] };
  const at = { file, line: parsed.lineOf(['extends']), column: 1 };
  const reference = parseReference(written);
  if (reference === undefined) {
    throw new PolicyLoadError([
      { ...at, message: `extends: "${written}" is not OWNER/REPO/PATH@REF with a .yml or .yaml PATH` },
    ]);
  }
  const key = referenceKey(reference);
  if (chain.includes(key)) {
    throw new PolicyLoadError([
      {
        ...at,
        message: `extends: ${written} makes a cycle (${[...chain, key].join(' → ')}): a shared policy cannot extend itself, directly or through another`,
      },
    ]);
  }
  if (chain.length >= MAX_EXTENDS_DEPTH) {
    throw new PolicyLoadError([
      {
        ...at,
        message: `extends: ${written} is more than ${MAX_EXTENDS_DEPTH} shared policies deep (${[...chain, key].join(' → ')})`,
      },
    ]);
  }
  const sharedText = await readShared(reference, options, { ...at });
  const inner = await loadChain(sharedText, reference.text, options, [...chain, key]);
  const merged = mergeShared(inner.data, reference.text, { data: parsed.data, file, lineOf: parsed.lineOf });
  if (!merged.ok) throw new PolicyLoadError(merged.errors);
  return { data: merged.data, lineOf: parsed.lineOf, shared: [reference.text, ...inner.shared] };
}

async function imposedPolicy(
  impose: NonNullable<SharedPolicyOptions['impose']>,
  options: SharedPolicyOptions,
): Promise<{ name: string; text: string; key: string }> {
  if (typeof impose !== 'string') return { ...impose, key: impose.name };
  const reference = parseReference(impose);
  if (reference === undefined) {
    throw new PolicyLoadError([
      {
        file: 'shared-policy',
        line: 1,
        column: 1,
        message: `"${impose}" is not OWNER/REPO/PATH@REF with a .yml or .yaml PATH`,
      },
    ]);
  }
  const text = await readShared(reference, options, { file: reference.text, line: 1, column: 1 });
  return { name: reference.text, text, key: referenceKey(reference) };
}

/**
 * The policy that judges: the repository's file (`text`, undefined when it has none) with the
 * shared policies it extends merged under it, and the imposed policy, if any, under everything.
 * Neither: the built-in policy. Every problem, a shared policy that cannot be read included, throws
 * a PolicyLoadError: the check fails closed.
 */
export async function buildPolicy(
  text: string | undefined,
  file: string,
  source: string,
  options: SharedPolicyOptions = {},
): Promise<Policy> {
  let chain = text === undefined ? undefined : await loadChain(text, file, options, []);
  let label = source;
  if (options.impose !== undefined) {
    const { name, text: imposedText, key } = await imposedPolicy(options.impose, options);
    const imposed = await loadChain(imposedText, name, options, [key]);
    const shared = [name, ...imposed.shared];
    if (chain === undefined) {
      chain = { data: imposed.data, lineOf: imposed.lineOf, shared };
      label = `${name} (imposed; ${file} is absent)`;
    } else {
      const merged = mergeShared(imposed.data, name, { data: chain.data, file, lineOf: chain.lineOf });
      if (!merged.ok) throw new PolicyLoadError(merged.errors);
      chain = { ...chain, data: merged.data, shared: [...new Set([...chain.shared, ...shared])] };
    }
  }
  if (chain === undefined) return BUILTIN_POLICY;
  const policy = resolvePolicy(chain.data, label);
  return chain.shared.length > 0 ? { ...policy, shared: chain.shared } : policy;
}

/**
 * The policy as it is on the base commit: a change cannot loosen the policy that judges it.
 * No file there means the built-in policy (or the imposed one).
 */
export async function loadPolicyAtBase(
  repo: string,
  baseSha: string,
  policyPath: string,
  options: SharedPolicyOptions = {},
  /** The file as the change set already read it (null: no such file), to spare the git read. */
  known?: FileContent | null,
): Promise<Policy> {
  const content =
    known === undefined ? await readFileAtRef(repo, baseSha, policyPath, MAX_POLICY_BYTES) : bounded(known);
  if (content !== undefined && content.kind !== 'text') {
    throw new PolicyLoadError([
      {
        file: policyPath,
        line: 1,
        column: 1,
        message: `the policy at ${baseSha.slice(0, 12)} is not a readable text file (${content.kind})`,
      },
    ]);
  }
  return buildPolicy(content?.text, policyPath, `${policyPath}@${baseSha}`, options);
}

/** A file the change set read under its own (larger) limit, held to the policy's. */
function bounded(content: FileContent | null): FileContent | undefined {
  if (content === null) return undefined;
  if (content.kind !== 'text') return content;
  const bytes = Buffer.byteLength(content.text, 'utf8');
  return bytes > MAX_POLICY_BYTES ? { kind: 'too-large', bytes } : content;
}

/** A policy file from disk, named explicitly (for trying a policy out before landing it). */
export async function loadPolicyFile(file: string, options: SharedPolicyOptions = {}): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PolicyLoadError([
      { file, line: 1, column: 1, message: `cannot read the policy file: ${fsProblem(error, file, 'read')}` },
    ]);
  }
  return buildPolicy(text, file, file, options);
}

/** The exemptions file as it is on the base commit; none there means no exemptions. */
export async function loadExemptionsAtBase(
  repo: string,
  baseSha: string,
  file: string,
  /** The file as the change set already read it (null: no such file), to spare the git read. */
  known?: FileContent | null,
): Promise<Exemption[]> {
  const content =
    known === undefined ? await readFileAtRef(repo, baseSha, file, MAX_POLICY_BYTES) : bounded(known);
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
