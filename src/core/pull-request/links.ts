/**
 * Evidence links against the policy's allow-list of hosts, compared as the WHATWG URL parser sees
 * them.
 */
import type { AllowedHost, Link, RejectedLink, Section } from './types.js';

/**
 * Splits a section's links into those that point at an allowed host and those that do not, each
 * rejection with its reason. Only `https:` links count: evidence behind plain http can be altered
 * in transit, and an allow-list entry names a host, not a scheme. The host is compared in the form
 * the WHATWG URL parser gives it (lowercase ASCII, punycode for international names, one trailing
 * dot removed), so look-alike letters and `ci.example.com.evil.io` do not pass.
 */
export function evidenceLinks(
  section: Section,
  allowedHosts: readonly string[],
): { accepted: Link[]; rejected: RejectedLink[] } {
  const allowed = allowedHosts.map(parseAllowedHost).filter((entry) => entry !== undefined);
  const accepted: Link[] = [];
  const rejected: RejectedLink[] = [];
  for (const link of section.links) {
    const reason = linkProblem(link.url, allowed);
    if (reason === undefined) accepted.push(link);
    else rejected.push({ link, reason });
  }
  return { accepted, rejected };
}

/**
 * Reads an allow-list entry: a host name, or `*.` and a host name. Anything else (a scheme, a
 * path, a port, a pattern) is undefined: entries are never treated as patterns.
 */
export function parseAllowedHost(entry: string): AllowedHost | undefined {
  let name = entry.trim().toLowerCase();
  const subdomains = name.startsWith('*.');
  if (subdomains) name = name.slice(2);
  if (name === '' || /[^\p{L}\p{N}.-]/u.test(name)) return undefined;
  let host: string;
  try {
    host = withoutTrailingDot(new URL(`https://${name}/`).hostname);
  } catch {
    return undefined;
  }
  if (host === '' || host.startsWith('.') || host.includes('..')) return undefined;
  return { host, subdomains };
}

function linkProblem(raw: string, allowed: readonly AllowedHost[]): string | undefined {
  const parsed = parseEvidenceUrl(raw);
  if ('problem' in parsed) return parsed.problem;
  return hostProblem(parsed.url, allowed);
}

/**
 * A link as the WHATWG URL parser reads it, or why it can never be evidence: not an absolute URL,
 * not `https:`, or user-info before the host (`https://ci.example.com@evil.io/`).
 */
export function parseEvidenceUrl(raw: string): { url: URL } | { problem: string } {
  const text = raw.trim();
  if (text === '') return { problem: 'the link is empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'not an absolute URL' };
  }
  if (url.protocol !== 'https:') return { problem: `only https links count (this is ${url.protocol})` };
  if (url.username !== '' || url.password !== '')
    return { problem: 'the link carries user-info before its host' };
  return { url };
}

/** Why the URL's host is not on the allow-list, or undefined when it is. */
export function hostProblem(url: URL, allowed: readonly AllowedHost[]): string | undefined {
  const host = withoutTrailingDot(url.hostname);
  if (allowed.some((entry) => hostMatches(host, entry))) return undefined;
  const idn = host.split('.').some((label) => label.startsWith('xn--'));
  return `${host} is not an allowed evidence host${idn ? ' (an international name, shown as punycode)' : ''}`;
}

function hostMatches(host: string, entry: AllowedHost): boolean {
  return entry.subdomains ? host.endsWith(`.${entry.host}`) : host === entry.host;
}

function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}
