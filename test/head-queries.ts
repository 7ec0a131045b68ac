/** Test helpers: what the document's head says, as a crawler reads it. */

export function headMeta(key: string): string | null {
  const meta = document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return meta ? meta.getAttribute('content') : null;
}

export function headLink(rel: string): string | null {
  return document.head.querySelector(`link[rel="${rel}"]`)?.getAttribute('href') ?? null;
}

/** The JSON-LD objects of the given types, parsed from every such script in the document. */
export function jsonLdOf(...types: string[]): (Record<string, unknown> | undefined)[] {
  const all = allJsonLd();
  return types.map((type) => all.find((data) => data['@type'] === type));
}

/** Every JSON-LD object in the document, parsed. */
export function allJsonLd(): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
}
