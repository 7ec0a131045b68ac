import * as v from 'valibot';
import type { ApiError } from '@/lib/api-error';
import { requestJson } from '@/lib/http';

function isUrlReference(value: string): boolean {
  try {
    // Any base will do: this only asks whether the text can be a URL at all.
    new URL(value, 'https://base.invalid/');
    return true;
  } catch {
    return false;
  }
}

const newsletterConfigSchema = v.object({
  endpoint: v.optional(
    v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.check(isUrlReference, 'is not a URL'))),
    null,
  ),
});

/** The `newsletter` key of public/site-config.json: `{ "endpoint": string | null }`. */
export type NewsletterConfig = v.InferOutput<typeof newsletterConfigSchema>;

/** The `newsletter` section of the site configuration; anything unreadable counts as "no endpoint". */
export function readNewsletterConfig(section: unknown): NewsletterConfig {
  const result = v.safeParse(newsletterConfigSchema, section ?? {});
  if (!result.success) {
    console.warn(`The site configuration's "newsletter" section is invalid: ${v.summarize(result.issues)}`);
    return { endpoint: null };
  }
  return result.output;
}

/**
 * Where sign-ups go, or null when the box should not show: a configured
 * endpoint wins (absolute, or relative to the page); on the built-in mock the
 * mock's own route serves; a real site without an endpoint has no newsletter
 * to offer, and a box that can only fail is worse than none.
 */
export function resolveNewsletterEndpoint(
  config: NewsletterConfig,
  { usesMockApi, apiRoot }: { usesMockApi: boolean; apiRoot: string },
): string | null {
  if (config.endpoint) return config.endpoint;
  return usesMockApi ? `${apiRoot}/newsletter/v1/subscribers` : null;
}

const subscriptionSchema = v.object({ email: v.string(), status: v.string() });

export type Subscription = v.InferOutput<typeof subscriptionSchema>;

/** POSTs `{ email }`; a WordPress error body (`already_subscribed`, `invalid_email`...) comes back as an ApiError. */
export async function subscribe(endpoint: string, email: string): Promise<Subscription> {
  // fetch would resolve a relative endpoint against the page too, but the
  // http client needs an absolute URL to add query parameters.
  const url = new URL(endpoint, document.baseURI).href;
  const { data } = await requestJson(url, { schema: subscriptionSchema, method: 'POST', body: { email } });
  return data;
}

/** Being on the list already is what the reader wanted, so it is not a failure. */
export function isAlreadySubscribed(error: ApiError | null): boolean {
  return error?.code === 'already_subscribed';
}

/** The server turned the address down: a problem with the field, not with the service. */
export function isRejectedAddress(error: ApiError | null): boolean {
  return error?.code === 'invalid_email';
}
