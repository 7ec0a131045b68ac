/** Text a reader can type into a prerendered field. */
const typedFields = 'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="password"], input[type="url"], input[type="tel"], input[type="number"], textarea';

/**
 * Hands React what a reader typed into prerendered fields before the app had started. Hydration
 * keeps the text in the field but not in the state that renders it (the state still holds the
 * prerendered value, and React takes the field's text as its starting point), so a form would send,
 * or check, what the build rendered. Each such field is set back to the prerendered value and then
 * to the typed text the way a browser types, so React sees the change and updates its state.
 * Call once the page has hydrated.
 */
export function replayTypedText(root: ParentNode = document): void {
  // Read all first: the first field's update re-renders its form, which puts the state's value back
  // into the others.
  const typedInto = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(typedFields)]
    .map((field) => ({ field, typed: field.value }))
    .filter(({ field, typed }) => typed !== field.defaultValue);
  for (const { field, typed } of typedInto) {
    // Through the element's own setter, which React watches: it now holds the prerendered value.
    field.value = field.defaultValue;
    // Through the browser's, which it does not: the field shows the typed text again, as it did.
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, typed);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
