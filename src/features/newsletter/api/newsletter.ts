import * as v from 'valibot';
import { requestJson } from '@/lib/http';

const newsletterConfigSchema = v.object({
  endpoint: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1))), null),
});

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
 * endpoint wins; on the built-in mock the mock's own endpoint serves; a real
 * site without an endpoint has no newsletter to offer.
 */
export function resolveNewsletterEndpoint(
  config: NewsletterConfig,
  { usesMockApi, apiRoot, origin }: { usesMockApi: boolean; apiRoot: string; origin: string },
): string | null {
  if (config.endpoint) return new URL(config.endpoint, origin).href;
  return usesMockApi ? `${apiRoot}/newsletter/v1/subscribers` : null;
}

const subscriptionSchema = v.object({ email: v.string(), status: v.string() });

export async function subscribe(endpoint: string, email: string) {
  const { data } = await requestJson(endpoint, { schema: subscriptionSchema, method: 'POST', body: { email } });
  return data;
}
