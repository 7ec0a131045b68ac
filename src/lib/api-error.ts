import { isOnline } from './connection';
import type { Translate } from './i18n/use-messages';

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
  /** How long the server asked to be left alone (`Retry-After` of a 429 or 503), in ms, if it said. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; code?: string; params?: readonly string[]; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? 0;
    this.code = options.code ?? kind;
    this.params = options.params ?? [];
    this.retryAfterMs = options.retryAfterMs ?? null;
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
export function describeError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.unknown');
  if (error.code === 'mock_unavailable') return t('error.mockUnavailable');
  // A server fault, whatever its body: its own words ("There has been a critical error on
  // this website.") are written for its administrator; a reader needs to know it is not their doing.
  if ((error.kind === 'wordpress' || error.kind === 'http') && error.status >= 500) {
    return t('error.server', { status: error.status });
  }
  switch (error.kind) {
    case 'network':
      // A browser says the same for a dropped connection and for a server or proxy error
      // without CORS headers (a 502 from a gateway): it cannot tell us which, so neither can we.
      return isOnline()
        ? t('error.network')
        : t('error.offline');
    case 'timeout':
      return t('error.timeout');
    case 'invalid-response':
      return t('error.invalid');
    case 'wordpress':
      return asSentence(stripTags(error.message)) || t('error.refusedStatus', { status: error.status });
    case 'http':
      if (error.status === 404) return t('error.notFound');
      return t('error.refused', { status: error.status });
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
