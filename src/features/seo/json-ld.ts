import { domWindow } from '@/lib/dom';
import { policyFor, trustedTypesPolicies } from '@/lib/trusted-types';

const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">`: the characters that could
 * end the script (`</script>`), open a comment (`<!--`) or break a line in
 * older parsers are written as `\u` escapes, which JSON reads back unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => unsafe[char]!);
}

/**
 * The JSON-LD as markup for its `<script>`: under Trusted Types through the
 * `reader-json-ld` policy, which takes only what serializeJsonLd wrote (valid
 * JSON with no `<`, so it cannot end its script).
 */
export function jsonLdHtml(value: unknown): string | TrustedHTML {
  const policy = policyFor(domWindow(), trustedTypesPolicies.jsonLd, {
    createHTML: (json) => {
      if (json.includes('<')) throw new TypeError('Trusted Types: JSON-LD must not contain "<".');
      JSON.parse(json);
      return json;
    },
  });
  return policy.createHTML(serializeJsonLd(value));
}
