export interface ParseLimits {
  /** Files larger than this are rejected before parsing. Default: 2 MiB. */
  maxBytes: number;
  /** Deepest nesting of collections accepted. Default: 64. */
  maxDepth: number;
  /** Most alias expansions accepted in one document. Default: 100. */
  maxAliases: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
};

/** What a file over the size limit is told, the same in a check and in an audit. */
export function tooLargeMessage(bytes: number, limit: number): string {
  return `the file is ${formatBytes(bytes)}, over the manifest size limit of ${formatBytes(limit)} (manifests.maxFileBytes), so it was not read; vendored install manifests are often this large: raise manifests.maxFileBytes in the policy (up to 100 MiB), or exclude the file if nothing deploys it`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}
