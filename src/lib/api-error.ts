import { isOnline } from './connection';

/**
 * The one error type the UI sees. WordPress error bodies, other HTTP errors,
 * unparseable or unexpected payloads, network failures and timeouts all
 * become an ApiError, so a view can explain any of them the same way.
 */
export type ApiErrorKind = 'wordpress' | 'http' | 'invalid-response' | 'network' | 'timeout';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, 0 when no response arrived. */
  readonly status: number;
  /** WordPress error code such as `rest_post_invalid_page_number`, or a code of ours. */
  readonly code: string;
  /** The request parameters WordPress names as wrong (`data.params` of `rest_invalid_param`), if any. */
  readonly params: readonly string[];

  constructor(kind: ApiErrorKind, message: string, options: { status?: number; code?: string; params?: readonly string[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? 0;
    this.code = options.code ?? kind;
    this.params = options.params ?? [];
  }

  /** Worth trying again: the network, a timeout or a server fault, not a refusal. */
  get isRetryable(): boolean {
    if (this.code === 'mock_unavailable') return false;
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500 || this.status === 429;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A sentence a reader can act on, for any error. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Please try again.';
  if (error.code === 'mock_unavailable') {
    return 'The built-in demo WordPress could not start: it needs site storage and a service worker, which this window does not allow (site data blocked, or a private window). Allow site data for this page, or open it in a normal window.';
  }
  // A server fault, whatever its body: its own words ("There has been a critical error on
  // this website.") are written for its administrator; a reader needs to know it is not their doing.
  if ((error.kind === 'wordpress' || error.kind === 'http') && error.status >= 500) {
    return `The news server had a problem (error ${error.status}). Please try again.`;
  }
  switch (error.kind) {
    case 'network':
      // A browser says the same for a dropped connection and for a server or proxy error
      // without CORS headers (a 502 from a gateway): it cannot tell us which, so neither can we.
      return isOnline()
        ? 'We could not reach the news server. Your connection may have dropped, or the server may be down. Please try again in a moment.'
        : 'You are offline. Check your connection and try again.';
    case 'timeout':
      return 'The news server is taking too long to answer. Please try again.';
    case 'invalid-response':
      return 'The news server sent an answer we could not read. Please try again later.';
    case 'wordpress':
      return asSentence(stripTags(error.message)) || `The news server refused the request (${error.status}).`;
    case 'http':
      if (error.status === 404) return 'We could not find what you asked for.';
      return `The news server refused the request (error ${error.status}).`;
  }
}

/** WordPress's own words end without a full stop at times ("Cookie check failed"); the next sentence needs one. */
function asSentence(text: string): string {
  return text && !/[.!?…。]$/.test(text) ? `${text}.` : text;
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '').trim();
}

// Every query and mutation function goes through the http client, which turns any failure into an ApiError:
// React Query types `error` as one, so views read `error.code` without a guard.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}
