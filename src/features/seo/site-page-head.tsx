import { DocumentHead } from './document-head';
import { absoluteUrl, documentTitle, plainDescription, siteFeed } from './head-model';
import { useSiteContext } from './site-context';
import { socialMeta } from './social-meta';

/** The head of a WordPress page: indexed at its own address, described by its excerpt. */
export function SitePageHead({ title, description, path }: { title: string; description: string; path: string }) {
  const site = useSiteContext();
  if (!site) return null;
  const text = plainDescription(description);
  const canonical = absoluteUrl(path, site);
  return (
    <DocumentHead
      head={{
        title: documentTitle(title, site),
        description: text,
        canonical,
        robots: null,
        prev: null,
        next: null,
        meta: socialMeta('website', title, text, canonical, site.defaultImage, site),
        jsonLd: [],
        feed: siteFeed(site),
      }}
    />
  );
}
