/** `0 comments`, `1 comment`, `12 comments`, as the reference page's meta line says it. */
export function commentCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}

/**
 * Up to two capital letters for an avatar: `Mrs. Wendy Fu` → `WF`. A contact
 * entry's team in front of the person (`Sales Manager - Mrs. Wendy Fu`) and
 * titles are left out.
 */
export function initials(name: string): string {
  const person = name.split(' - ').pop() ?? name;
  return person
    .replace(/\b(Mrs?|Ms|Dr)\.\s*/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
