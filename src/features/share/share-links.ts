export interface SharedArticle {
  /** Absolute URL of the article. */
  url: string;
  title: string;
  /** Absolute URL of the featured image, for Pinterest. */
  imageUrl?: string | null;
}

export type ShareTarget = 'pinterest' | 'facebook' | 'x' | 'linkedin' | 'whatsapp' | 'email';

function query(params: Record<string, string>): string {
  // encodeURIComponent, not URLSearchParams: every service reads %20 for a space; some show a literal "+".
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The share URL of each service, every parameter encoded. */
export function shareUrl(target: ShareTarget, { url, title, imageUrl }: SharedArticle): string {
  switch (target) {
    case 'pinterest':
      return `https://www.pinterest.com/pin/create/button/?${query({ url, ...(imageUrl ? { media: imageUrl } : {}), description: title })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`;
    case 'x':
      return `https://x.com/intent/post?${query({ url, text: title })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`;
    case 'whatsapp':
      return `https://wa.me/?${query({ text: `${title} ${url}` })}`;
    case 'email':
      return `mailto:?${query({ subject: title, body: `${title}\n\n${url}` })}`;
  }
}
