/** `0 comments`, `1 comment`, `12 comments`, as the reference page's meta line says it. */
export function commentCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}
