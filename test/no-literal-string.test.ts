import { relative, resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
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

describe('the reader’s components', () => {
  it('print no literal interface text: every word comes from the catalogs', async () => {
    const root = resolve(import.meta.dirname, '..');
    // The project's own lint configuration decides which files speak through the catalogs; only this rule runs.
    const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId === 'emac/no-literal-string' });
    const results = await eslint.lintFiles(['src/**/*.tsx']);
    expect(results.length).toBeGreaterThan(50);
    const literals = results.flatMap((result) => result.messages.map((message) => `${relative(root, result.filePath)}:${message.line} ${message.message}`));
    expect(literals).toEqual([]);
  }, 60_000);
});
