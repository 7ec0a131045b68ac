import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import noLiteralString from '../eslint-rules/no-literal-string.js';

function lint(code: string) {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { emac: { rules: { 'no-literal-string': noLiteralString } } },
      rules: { 'emac/no-literal-string': 'error' },
    },
  ], 'view.tsx');
}

describe('the no-literal-string lint rule', () => {
  it('fails on words written into a component', () => {
    expect(lint('export const A = () => <p>Read more</p>;')).toHaveLength(1);
    expect(lint('export const A = () => <button aria-label="Close the menu" />;')).toHaveLength(1);
    expect(lint("export const A = () => <input placeholder={'Search…'} />;")).toHaveLength(1);
    expect(lint("export const A = () => <p>{'Leave a reply'}</p>;")).toHaveLength(1);
  });

  it('lets catalog messages, names and punctuation through', () => {
    expect(lint("export const A = ({ t }) => <p aria-label={t('nav.search')}>{t('nav.latest')} → · 3</p>;")).toEqual([]);
  });
});
