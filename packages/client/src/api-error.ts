/** A failure the server explained: its stable code, its message, and the HTTP status. */
export class ConcordApiError extends Error {
  override readonly name = 'ConcordApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly { readonly path: string; readonly message: string }[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** The server could not be reached, or answered with something that is not Concord's API. */
export class ConcordNetworkError extends Error {
  override readonly name = 'ConcordNetworkError';
}
