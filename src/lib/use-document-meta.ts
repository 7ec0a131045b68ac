import { useEffect } from 'react';
import { fallbackSiteName, useSiteName } from './site-config';

/** Sets the tab title (`Page – Site`) and the meta description for the current view. */
export function useDocumentMeta(title: string | null, description?: string): void {
  const siteName = useSiteName() ?? fallbackSiteName;
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} – ${siteName}` : siteName;
    if (description !== undefined) {
      let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
      if (!meta) {
        meta = document.createElement('meta');
        meta.name = 'description';
        document.head.append(meta);
      }
      meta.content = description.slice(0, 160);
    }
  }, [title, description, siteName]);
}
