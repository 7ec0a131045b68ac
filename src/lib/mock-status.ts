/**
 * Whether the built-in mock WordPress failed to start in this tab (no service
 * worker: a private window, blocked site data, an insecure origin). Its API
 * does not exist then, and every view should say so rather than show what the
 * static server answers in its place.
 */
let failure: unknown = null;

export function reportMockFailure(error: unknown): void {
  failure = error ?? new Error('The mock did not start.');
}

export function mockFailed(): boolean {
  return failure !== null;
}
