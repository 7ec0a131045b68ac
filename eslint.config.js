import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import noLiteralString from './eslint-rules/no-literal-string.js';

export default tseslint.config(
  { ignores: ['dist', 'dist.previous*', 'storybook-static', 'public/mockServiceWorker.js', 'coverage', '.prerender'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended, ...pluginQuery.configs['flat/recommended']],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The reader's own components speak through the catalogs; tests, stories and the mock may say what they like.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/**/*.stories.tsx', 'src/mocks/**'],
    plugins: { emac: { rules: { 'no-literal-string': noLiteralString } } },
    rules: {
      'emac/no-literal-string': 'error',
      // A component's dates go through the hooks that read the build's formats first (lib/i18n/format-memo.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/dates',
              importNames: ['formatPostDate', 'formatDateTime', 'zoneLabel'],
              message: 'Use usePostDate() or useDateTime() from @/lib/i18n/use-messages: hydration reads the dates the build formatted.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'vite.config.ts', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
