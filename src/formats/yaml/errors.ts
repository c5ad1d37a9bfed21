/**
 * A reason the reader gives up on a text or a document. The message is ours and never quotes the
 * source: a manifest line may hold a secret.
 */
export class YamlError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset in the text where the problem was found. */
    readonly offset: number,
    /** `limit` when one of the reader's own bounds was reached (depth, aliases), not the YAML. */
    readonly kind: 'syntax' | 'limit' | 'value' = 'syntax',
  ) {
    super(message);
    this.name = 'YamlError';
  }
}
