import { splitAtTerms } from '@/lib/split-at-terms';

/** Text with the search terms marked, as a search results page shows them. */
export function Highlight({ text, terms }: { text: string; terms?: readonly string[] }) {
  if (!terms?.length) return text;
  const parts = splitAtTerms(text, terms);
  return parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}
