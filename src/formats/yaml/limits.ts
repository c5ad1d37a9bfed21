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
