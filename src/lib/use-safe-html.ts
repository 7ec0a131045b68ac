import { useMemo, useState } from 'react';
import { sanitizeHtml } from './sanitize-html';
import { useClientValue } from './use-client-value';

/**
 * The `__html` for WordPress HTML shown with dangerouslySetInnerHTML:
 * sanitised, except where the build already sanitised it into the very page
 * being hydrated. React does not write dangerouslySetInnerHTML while it
 * hydrates, and never again while the string stays the same, so the build's
 * markup is adopted as it is and the browser does not parse and sanitise the
 * same text a second time on the first view. Any other text (a client
 * navigation, an unlocked post, a refresh), and every render of the build
 * itself, goes through the sanitiser. (Were the adopted string ever written,
 * the page's default Trusted Types policy would refuse it: lib/trusted-types.ts.)
 */
export function useSafeHtml(html: string): string | TrustedHTML {
  // True in the browser only while hydrating (the build's render is the one that sanitises).
  const hydrating = useClientValue(() => false, !import.meta.env.SSR);
  const [adopted] = useState(() => (hydrating ? html : null));
  return useMemo(() => (html === adopted ? html : sanitizeHtml(html)), [html, adopted]);
}
