import type { DomWindow } from './dom';

/**
 * The page's Trusted Types policies, by name. A site that sends
 * `Content-Security-Policy: require-trusted-types-for 'script'` lists these in
 * its `trusted-types` directive (the README has the header). Each is used by
 * one module only and is not exported beyond it:
 *
 * - `reader-sanitized-html`: DOMPurify's policy. It parses WordPress HTML in an
 *   inert document and returns the sanitised result as TrustedHTML, which the
 *   article and comment bodies render.
 * - `reader-inert-parse`: turns a WordPress title or excerpt into plain text
 *   through an inert DOMParser document; the HTML never reaches the page.
 * - `reader-json-ld`: the page head's JSON-LD, as serialised (valid JSON, no `<`).
 * - `default`: for strings code we do not own hands to a sink. It lets React
 *   create an empty `<script>` element the way it always does (`<script></script>`
 *   through innerHTML, for the page head's JSON-LD), lets the contact
 *   button start its opening-hours worker, lets MSW register its service worker
 *   script in a mock build, and refuses everything else.
 */
export const trustedTypesPolicies = {
  sanitizedHtml: 'reader-sanitized-html',
  inertParse: 'reader-inert-parse',
  jsonLd: 'reader-json-ld',
  default: 'default',
} as const;

export interface HtmlPolicy {
  createHTML: (input: string) => TrustedHTML | string;
  /** A TrustedScriptURL (no type for it in our libraries), or the string where there are no Trusted Types. */
  createScriptURL: (input: string) => unknown;
}

/** Trusted Types as far as this code needs them; absent in Node, jsdom and browsers without them. */
interface TrustedTypeFactory {
  createPolicy: (name: string, rules: { createHTML?: (input: string) => string; createScriptURL?: (input: string) => string }) => HtmlPolicy;
}

export function trustedTypesOf(window: DomWindow | (Window & typeof globalThis)): TrustedTypeFactory | undefined {
  const factory = (window as { trustedTypes?: TrustedTypeFactory }).trustedTypes;
  return factory && typeof factory.createPolicy === 'function' ? factory : undefined;
}

const created = new WeakMap<object, Map<string, HtmlPolicy>>();

/**
 * A named policy of `window`, created once. Where the browser has no Trusted
 * Types (or in Node), strings pass as they are, which is what such a browser takes.
 */
export function policyFor(
  window: DomWindow,
  name: string,
  rules: { createHTML?: (input: string) => string; createScriptURL?: (input: string) => string },
): HtmlPolicy {
  const factory = trustedTypesOf(window);
  if (!factory) {
    return {
      createHTML: (input) => rules.createHTML?.(input) ?? input,
      createScriptURL: (input) => rules.createScriptURL?.(input) ?? input,
    };
  }
  let policies = created.get(window);
  if (!policies) {
    policies = new Map();
    created.set(window, policies);
  }
  let policy = policies.get(name);
  if (!policy) {
    policy = factory.createPolicy(name, rules);
    policies.set(name, policy);
  }
  return policy;
}

/** React's way of making a script element that will never run. */
const reactEmptyScript = '<script></script>';

/** Creates the page's `default` policy once, before anything renders. */
export function installDefaultPolicy(window: Window & typeof globalThis, allowedScriptUrls: readonly string[]): void {
  const factory = trustedTypesOf(window);
  if (!factory) return;
  const allowed = new Set(allowedScriptUrls.map((url) => new URL(url, window.location.href).href));
  try {
    factory.createPolicy(trustedTypesPolicies.default, {
      createHTML: (input) => {
        if (input === reactEmptyScript) return input;
        throw new TypeError('Trusted Types: this HTML did not come through one of the reader\'s policies.');
      },
      createScriptURL: (url) => {
        if (allowed.has(new URL(url, window.location.href).href)) return url;
        throw new TypeError(`Trusted Types: ${url} is not a script this page loads.`);
      },
    });
  } catch (error) {
    console.warn('The reader could not add its default Trusted Types policy.', error);
  }
}
