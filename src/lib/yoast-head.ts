import * as v from 'valibot';

const text = v.optional(v.string());
const size = v.optional(v.union([v.number(), v.pipe(v.string(), v.transform(Number))]));

const yoastImageSchema = v.looseObject({
  url: v.string(),
  width: size,
  height: size,
  alt: text,
  type: text,
});

/**
 * What the Yoast SEO plugin adds to a post (`yoast_head_json`), read loosely:
 * every field optional, unknown fields kept out of the way. Only the fields the
 * reader prints are named; a malformed object is dropped as a whole, and the
 * head is then derived from the post itself.
 */
export const yoastHeadSchema = v.looseObject({
  title: text,
  description: text,
  canonical: text,
  robots: v.optional(v.record(v.string(), v.string())),
  og_locale: text,
  og_type: text,
  og_title: text,
  og_description: text,
  og_url: text,
  og_site_name: text,
  og_image: v.optional(v.array(yoastImageSchema)),
  article_published_time: text,
  article_modified_time: text,
  article_publisher: text,
  twitter_card: text,
  twitter_title: text,
  twitter_description: text,
  twitter_image: text,
  twitter_site: text,
  twitter_creator: text,
  schema: v.optional(v.record(v.string(), v.unknown())),
});

export type YoastHead = v.InferOutput<typeof yoastHeadSchema>;

/** `yoast_head_json` as a post field: null when absent or malformed, never an error for the post. */
export const optionalYoastHeadSchema = v.fallback(v.optional(v.nullable(yoastHeadSchema)), null);
