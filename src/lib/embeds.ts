/**
 * The embed providers the reader shows, behind a click (ArticleBody), and the
 * player each content address opens in. Only these players are ever framed,
 * sandboxed; a host's Content-Security-Policy allows exactly their origins in
 * `frame-src` (README, Trusted Types and CSP).
 */
interface Provider {
  /** The provider's name as it calls itself, shown on the facade. */
  name: string;
  player: (url: URL) => string | null;
}

const firstSegment = (url: URL) => url.pathname.split('/').filter(Boolean);
const youtubeId = /^[\w-]{6,20}$/;

const providers: Record<string, Provider> = {
  youtube: {
    name: 'YouTube',
    player(url) {
      const host = url.hostname.replace(/^(www\.|m\.)/, '');
      const [first, second] = firstSegment(url);
      const id = host === 'youtu.be' ? first : first === 'watch' ? url.searchParams.get('v') : first === 'embed' || first === 'shorts' ? second : null;
      if (!['youtube.com', 'youtu.be', 'youtube-nocookie.com'].includes(host) || !id || !youtubeId.test(id)) return null;
      return `https://www.youtube-nocookie.com/embed/${id}`;
    },
  },
  vimeo: {
    name: 'Vimeo',
    player(url) {
      const segments = firstSegment(url);
      const id = url.hostname === 'player.vimeo.com' ? segments[1] : /^(www\.)?vimeo\.com$/.test(url.hostname) ? segments.find((s) => /^\d+$/.test(s)) : null;
      return id && /^\d+$/.test(id) ? `https://player.vimeo.com/video/${id}` : null;
    },
  },
  spotify: {
    name: 'Spotify',
    player(url) {
      const segments = firstSegment(url).filter((segment) => segment !== 'embed' && !segment.startsWith('intl-'));
      const [kind, id] = segments;
      if (url.hostname !== 'open.spotify.com' || !kind || !id || !/^(track|album|playlist|episode|show|artist)$/.test(kind) || !/^\w+$/.test(id)) return null;
      return `https://open.spotify.com/embed/${kind}/${id}`;
    },
  },
  twitter: {
    name: 'X',
    player(url) {
      const tweet = url.searchParams.get('id');
      if (url.hostname === 'platform.twitter.com' && url.pathname === '/embed/Tweet.html' && tweet && /^\d+$/.test(tweet)) {
        return `https://platform.twitter.com/embed/Tweet.html?id=${tweet}`;
      }
      const [, status, id] = firstSegment(url);
      if (!/^(www\.|mobile\.)?(twitter|x)\.com$/.test(url.hostname) || status !== 'status' || !id || !/^\d+$/.test(id)) return null;
      return `https://platform.twitter.com/embed/Tweet.html?id=${id}`;
    },
  },
  dailymotion: {
    name: 'Dailymotion',
    player(url) {
      const [first, id] = firstSegment(url).filter((segment) => segment !== 'embed');
      if (!/^(www\.)?dailymotion\.com$/.test(url.hostname) || first !== 'video' || !id || !/^\w+$/.test(id)) return null;
      return `https://www.dailymotion.com/embed/video/${id}`;
    },
  },
};

/** Every origin a player is framed from: what `frame-src` must allow. */
export const playerOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com', 'https://open.spotify.com', 'https://platform.twitter.com', 'https://www.dailymotion.com'];

export interface Embed {
  /** The provider's own name (YouTube). */
  provider: string;
  /** The player's address, to frame after a click. */
  player: string;
}

/** The embed a content address (or a player's own address) stands for; `slug` is WordPress's `is-provider-<slug>`, when known. */
export function embedFor(address: string, slug?: string): Embed | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const candidates = slug && providers[slug] ? [providers[slug]] : Object.values(providers);
  for (const provider of candidates) {
    const player = provider.player(url);
    if (player) return { provider: provider.name, player };
  }
  return null;
}

/** Whether an address is one of the players, as embedFor makes them (checked again before framing). */
export function isPlayerAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return playerOrigins.includes(url.origin) && embedFor(address)?.player === address;
  } catch {
    return false;
  }
}
