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

let settled: Promise<unknown> = Promise.resolve();

/**
 * Holds every API request until the mock has started or failed to: its worker
 * must be answering before the first request leaves, or that request reaches
 * the static server. Here, not in the http client, so the first view needs no data layer.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  settled = ready.catch(() => undefined);
}

export function mockSettled(): Promise<unknown> {
  return settled;
}
