import { htmlToText } from './html';

/** Minutes to read a body at 220 words a minute, never less than one. */
export function readingMinutes(html: string): number {
  const words = htmlToText(html).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
