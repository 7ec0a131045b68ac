/**
 * Interface words come from the message catalogs (src/lib/i18n), never from
 * literals in components: text between JSX tags, and the attributes a person
 * reads or hears (aria-label, title, placeholder, alt, label), must not hold
 * letters of their own. Punctuation, arrows and numbers may stay.
 */
const readAttributes = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'heading', 'emptyTitle']);
const hasLetters = (text) => /\p{L}/u.test(text);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Interface text in JSX comes from the message catalogs' },
    messages: { literal: 'Interface text “{{text}}” is a literal; put it in the catalogs (src/lib/i18n/catalogs/en.json) and use t().' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (hasLetters(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!readAttributes.has(name) || !node.value) return;
        const value = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (value.type === 'Literal' && typeof value.value === 'string' && hasLetters(value.value)) report(node, value.value);
        if (value.type === 'TemplateLiteral' && value.quasis.some((quasi) => hasLetters(quasi.value.cooked ?? ''))) report(node, value.quasis[0]?.value.cooked ?? '');
      },
      // {'Some words'} between tags
      'JSXExpressionContainer > Literal'(node) {
        if (node.parent.parent?.type !== 'JSXAttribute' && typeof node.value === 'string' && hasLetters(node.value)) report(node, node.value);
      },
    };
  },
};
