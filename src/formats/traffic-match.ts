import { compileGoRegexp } from './go-regexp.js';

/**
 * Whether a request match routes everyone. A match on a header that only some requests carry is a
 * segment (testers, a cookie); the same match on a header that every request carries, with a value
 * test that every real value passes (`regex: .*`, an empty prefix), is all traffic.
 */

/** How a header value is tested: Istio's StringMatch and Argo's headerValue. */
export interface ValueMatch {
  exact?: string;
  prefix?: string;
  suffix?: string;
  regex?: string;
}

/**
 * Headers that every request carries by the time a mesh routes it (HTTP/1.1 requires Host, HTTP/2
 * sends the pseudo-headers, Envoy adds x-request-id and x-forwarded-proto), or that every client
 * in practice sends (User-Agent, Accept), with values real clients send.
 */
const EVERY_REQUEST: Record<string, readonly string[]> = {
  host: ['shop.example.com', 'api.example.com:8443', 'localhost', '10.0.0.1'],
  ':authority': ['shop.example.com', 'api.example.com:8443', 'localhost', '10.0.0.1'],
  ':method': ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'],
  ':path': ['/', '/api/v1/orders?id=7', '/healthz', '/static/app.js'],
  ':scheme': ['http', 'https'],
  'user-agent': [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
    'curl/8.4.0',
    'okhttp/4.12.0',
    'Go-http-client/1.1',
    'python-requests/2.31.0',
    'kube-probe/1.29',
  ],
  accept: ['*/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/json'],
  'x-request-id': ['2f1c4b0e-6a4d-4a57-9a4e-1f6b8c0d2e3a'],
  'x-forwarded-proto': ['http', 'https'],
};

/**
 * True when the value test passes for every real value of a header every request carries. Regexes
 * are Go/RE2 and tested unanchored (some routers search, Istio matches the whole value): the
 * reading under which more requests match.
 */
export function matchesEveryone(header: string, value: ValueMatch | undefined): boolean {
  const samples = EVERY_REQUEST[header.toLowerCase()];
  if (samples === undefined) return false;
  if (value === undefined) return true; // a presence test
  const tests: ((text: string) => boolean)[] = [];
  if (value.exact !== undefined) tests.push((text) => text === value.exact);
  if (value.prefix !== undefined) tests.push((text) => text.startsWith(value.prefix ?? ''));
  if (value.suffix !== undefined) tests.push((text) => text.endsWith(value.suffix ?? ''));
  if (value.regex !== undefined) {
    const compiled = compileGoRegexp(value.regex);
    if (!compiled.ok) return false;
    tests.push((text) => compiled.test(text));
  }
  if (tests.length === 0) return true;
  return samples.every((sample) => tests.every((test) => test(sample)));
}
