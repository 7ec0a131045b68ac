/**
 * Words the build already formatted, by what they were formatted from.
 *
 * The first `Intl` formatter a page creates costs a phone 30–170 ms of
 * blocking script (the browser loads its locale data then), and hydration
 * would create three (dates, counts, plurals) only to write the text the
 * prerendered page already shows. The build records every date and counted
 * message it renders for a page; the page carries them (PrerenderedState
 * `formats`), and hydration reads them back instead of asking Intl. What a
 * later view formats is computed as before and remembered here too.
 */
export type FormatMemo = Map<string, string>;

export function remembered(memo: FormatMemo, key: string, format: () => string): string {
  let text = memo.get(key);
  if (text === undefined) {
    text = format();
    memo.set(key, text);
  }
  return text;
}

/** The memo a prerendered page carried, or an empty one; anything malformed is ignored, not trusted. */
export function formatMemoFrom(entries: unknown): FormatMemo {
  const memo: FormatMemo = new Map();
  if (!entries || typeof entries !== 'object') return memo;
  for (const [key, text] of Object.entries(entries)) if (typeof text === 'string') memo.set(key, text);
  return memo;
}
