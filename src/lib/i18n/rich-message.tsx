import { Fragment, cloneElement, type ReactElement, type ReactNode } from 'react';
import { useMessages, type MessageId, type MessageValues } from './use-messages';

/**
 * A message with markup in it: `You’re subscribed as <0>{email}</0>.` The
 * translator places the tags; each `<n>…</n>` becomes `elements[n]` around its
 * text, so the sentence stays whole in every language.
 */
export function RichMessage({ id, values, elements }: { id: MessageId; values?: MessageValues; elements: ReactElement<{ children?: ReactNode }>[] }) {
  const t = useMessages();
  const parts = t(id, values).split(/<(\d+)>(.*?)<\/\1>/);
  return parts.map((part, index) => {
    // split() with two groups: text, tag number, tag content, text, …
    if (index % 3 === 0) return part ? <Fragment key={index}>{part}</Fragment> : null;
    if (index % 3 === 2) return null;
    const element = elements[Number(part)];
    return element ? cloneElement(element, { key: index }, parts[index + 1]) : parts[index + 1];
  });
}
