const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/** The first character a reader sees: a whole emoji or accented letter, never half of one. */
function firstCharacter(word: string): string {
  if (graphemes) {
    for (const { segment } of graphemes.segment(word)) return segment;
    return '';
  }
  return Array.from(word)[0] ?? '';
}

/**
 * Up to two initials for an avatar: `Wendy Fu` → `WF`, `Zoë 🚢` → `Z🚢`.
 * Honorifics (`Mr.`, `Mrs.`, `Ms`, `Dr.`) are left out.
 */
export function initials(name: string): string {
  return name
    .replace(/\b(Mrs?|Ms|Dr)\.\s*/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => firstCharacter(word).toLocaleUpperCase('en'))
    .join('');
}
