import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { catalogLocales } from './locales';

const folder = join(import.meta.dirname, 'catalogs');
const read = (locale: string): Record<string, string> => JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8'));
const english = read('en');

/** The argument names a message uses: `{count, plural, …}`, `{name}`. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

/** The categories of each plural in a message, in the order they appear. */
function pluralCategories(message: string): string[][] {
  return [...message.matchAll(/\{\s*\w+\s*,\s*plural\s*,((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g)].map((match) =>
    [...match[1]!.matchAll(/(=?\w+)\s*\{/g)].map((category) => category[1]!).filter((category) => !category.startsWith('=')),
  );
}

describe('message catalogs', () => {
  it('ship one file per language the reader offers, and no other', () => {
    expect(readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => file.replace('.json', '')).sort()).toEqual([...catalogLocales].sort());
  });

  describe.each(catalogLocales.filter((locale) => locale !== 'en'))('%s', (locale) => {
    const catalog = read(locale);

    it('has every message English has, and no message English lacks', () => {
      expect(Object.keys(catalog).filter((key) => !(key in english))).toEqual([]);
      expect(Object.keys(english).filter((key) => !(key in catalog))).toEqual([]);
    });

    it('uses the same placeholders as English in every message', () => {
      const different = Object.keys(english).filter((key) => catalog[key] !== undefined && argumentsOf(catalog[key]!).join() !== argumentsOf(english[key]!).join());
      expect(different).toEqual([]);
    });

    it('gives every plural each form the language has', () => {
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalog)) {
        for (const categories of pluralCategories(message)) expect({ key, categories: [...categories].sort() }).toEqual({ key, categories: [...forms].sort() });
      }
    });
  });

  // A button shows a short word and is named by a longer message: the name must contain what is seen (WCAG 2.5.3, label in name).
  const shownAndNamed = [
    ['share.more', 'share.moreLabel'],
    ['share.native', 'share.nativeLabel'],
    ['share.pinText', 'share.pinterest'],
    ['share.emailText', 'share.email'],
    ['pagination.next', 'pagination.nextPage'],
    ['pagination.previous', 'pagination.previousPage'],
  ] as const;
  const brands = [
    ['Facebook', 'share.facebook'],
    ['LinkedIn', 'share.linkedin'],
    ['WhatsApp', 'share.whatsapp'],
    ['X', 'share.x'],
  ] as const;

  /** Whole words, as axe compares a name with the text shown (`Suivant` is not in `Page suivante`). */
  const wordsOf = (text: string, locale: string) =>
    [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text.toLocaleLowerCase(locale))].filter((part) => part.isWordLike).map((part) => part.segment);
  const containsWords = (name: string, shown: string, locale: string) => ` ${wordsOf(name, locale).join(' ')} `.includes(` ${wordsOf(shown, locale).join(' ')} `);

  it.each(catalogLocales)('%s names each button with the words it shows', (locale) => {
    const catalog = read(locale);
    const missing = [
      ...shownAndNamed.filter(([shown, name]) => !containsWords(catalog[name]!, catalog[shown]!, locale)),
      ...brands.filter(([brand, name]) => !catalog[name]!.includes(brand)),
    ];
    expect(missing).toEqual([]);
  });

  it.each(catalogLocales)('%s is valid ICU MessageFormat throughout', (locale) => {
    for (const message of Object.values(read(locale))) expect(() => compileMessageOrThrow(message)).not.toThrow();
  });

  it('counts in Arabic with its six forms and in Chinese with one', () => {
    expect(pluralCategories(read('ar')['comments.count']!)[0]).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories(read('zh')['comments.count']!)[0]).toEqual(['other']);
  });
});
