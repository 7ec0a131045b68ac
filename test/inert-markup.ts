/**
 * What a reader's browser could run in markup that came from WordPress: scripts
 * (data blocks such as JSON-LD aside), unsandboxed frames and other embeds,
 * event handler attributes and `javascript:` URLs.
 * jsdom runs none of them, so a test looks for them in the markup itself; the
 * browser suite checks that nothing runs (test/e2e/prerender.e2e.ts).
 */
export function executableParts(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('script:not([type$="json"]), iframe:not([sandbox]), object, embed, base, meta[http-equiv]')) {
    found.push(`<${element.tagName.toLowerCase()}>`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${element.tagName.toLowerCase()} ${name}`);
      // Browsers ignore whitespace and control characters inside the scheme.
      if (/^(href|src|action|formaction|xlink:href|data)$/i.test(name) && /^javascript:/i.test(value.replace(/[\s\p{Cc}]/gu, ''))) {
        found.push(`${element.tagName.toLowerCase()} ${name}="${value}"`);
      }
    }
  }
  return found;
}
