export interface MessageContext {
  siteName: string;
  pageTitle: string;
  pageUrl: string;
}

/** Fills `{siteName}`, `{pageTitle}` and `{pageUrl}` in a message template; other braces stay as written. */
export function fillMessage(template: string, context: MessageContext): string {
  return template.replace(/\{(siteName|pageTitle|pageUrl)\}/g, (_match, key: keyof MessageContext) => context[key]);
}

/** `https://wa.me/<digits>?text=<message>`, the message encoded so every character arrives as typed. */
export function chatLink(digits: string, message: string): string {
  return message ? `https://wa.me/${digits}?text=${encodeURIComponent(message)}` : `https://wa.me/${digits}`;
}
