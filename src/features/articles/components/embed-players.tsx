import { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/button';
import { isPlayerAddress } from '@/lib/embeds';
import { useMessages } from '@/lib/i18n/use-messages';
import styles from './embed-players.module.css';

interface Facade {
  /** Where the button, then the player, goes: just before the link to the content. */
  slot: HTMLElement;
  link: HTMLAnchorElement;
  player: string;
  provider: string;
  video: boolean;
}

/**
 * The embeds in an article's HTML, each a link to its content as the
 * sanitiser left it (lib/sanitize-html.ts): once the page is interactive, a
 * button naming the provider goes before each link, and only a press of it
 * loads the provider's player, sandboxed. Before that (and without
 * JavaScript) the link is all there is, and nothing of the provider loads.
 */
export function EmbedPlayers({ body: bodyRef, html }: { body: RefObject<HTMLElement | null>; html: unknown }) {
  const [facades, setFacades] = useState<Facade[]>([]);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const found: Facade[] = [];
    for (const link of body.querySelectorAll<HTMLAnchorElement>('a[data-embed-player]')) {
      const player = link.dataset.embedPlayer ?? '';
      // The attribute came through the sanitiser, but HTML can carry it too: frame only our own players.
      if (!isPlayerAddress(player)) continue;
      const slot = link.ownerDocument.createElement('div');
      slot.className = styles.slot ?? '';
      link.before(slot);
      found.push({ slot, link, player, provider: link.dataset.embedProvider ?? '', video: !link.closest('.wp-block-embed:not(.is-type-video)') });
    }
    // The slots are made here, after hydration, so the prerendered HTML stays what the build wrote.
    // (An article without embeds renders nothing more.)
    setFacades((current) => (current.length || found.length ? found : current));
    return () => {
      for (const facade of found) facade.slot.remove();
    };
  }, [bodyRef, html]);
  return facades.map((facade) => createPortal(<EmbedPlayer {...facade} />, facade.slot, facade.player + facades.indexOf(facade)));
}

function EmbedPlayer({ link, player, provider, video }: Facade) {
  const t = useMessages();
  const [playing, setPlaying] = useState(false);
  function play() {
    // The player takes the link's place.
    link.setAttribute('hidden', '');
    setPlaying(true);
  }
  if (!playing) {
    return <Button onClick={play}>{t(video ? 'article.embedPlay' : 'article.embedShow', { provider })}</Button>;
  }
  return (
    <iframe
      className={video ? styles.video : styles.rich}
      src={player}
      title={t('article.embedFrame', { provider })}
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
      allow="encrypted-media; picture-in-picture; fullscreen"
      referrerPolicy="strict-origin-when-cross-origin"
      // eslint-disable-next-line jsx-a11y/no-autofocus -- the reader asked for this player a moment ago
      autoFocus
    />
  );
}
