// Both languages hold the same messages: a key in one catalogue and not the other (plural forms
// included), an empty message or a message whose {{variables}} differ between the languages fails here.
import { describe, expect, it } from 'vitest';
import { catalogues, NAMESPACES } from '../src/core/i18n/catalogues';
import { UI_LANGUAGES, type UiLanguage } from '../src/core/i18n/languages';
import { createTranslator } from '../src/core/i18n/translator';

type Tree = { readonly [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [inner, innerValue] of flatten(value, path)) flat.set(inner, innerValue);
    else flat.set(path, value);
  }
  return flat;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1]!);

/** Every problem of a set of catalogues of one namespace, one line each. */
export function catalogueProblems(byLanguage: Readonly<Record<UiLanguage, Tree>>, namespace: string): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(UI_LANGUAGES.map((language) => [language, flatten(byLanguage[language])])) as Record<UiLanguage, Map<string, unknown>>;
  // A message's name without its plural form; the forms each language needs come from its plural rules.
  const bases = new Set(UI_LANGUAGES.flatMap((language) => [...flat[language].keys()].map((key) => key.replace(PLURAL, ''))));
  for (const base of [...bases].sort()) {
    const isPlural = UI_LANGUAGES.some((language) => [...flat[language].keys()].some((key) => key.replace(PLURAL, '') === base && PLURAL.test(key)));
    const vars = new Map<UiLanguage, string>();
    for (const language of UI_LANGUAGES) {
      const keys = isPlural
        ? new Intl.PluralRules(language).resolvedOptions().pluralCategories.map((category) => `${base}_${category}`)
        : [base];
      const found: string[] = [];
      for (const key of keys) {
        const value = flat[language].get(key);
        if (value === undefined) problems.push(`${namespace}:${key} is missing in ${language}`);
        else if (typeof value !== 'string' || value.trim() === '') problems.push(`${namespace}:${key} is empty in ${language}`);
        else found.push(...variables(value));
      }
      // Forms a language does not use (French has no _two) are left over from a copy.
      if (isPlural)
        for (const key of flat[language].keys())
          if (key.replace(PLURAL, '') === base && PLURAL.test(key) && !keys.includes(key)) problems.push(`${namespace}:${key} is not a plural form ${language} uses`);
      if (isPlural && flat[language].has(base)) problems.push(`${namespace}:${base} is both a message and a plural in ${language}`);
      vars.set(language, [...new Set(found.filter((name) => !(isPlural && name === 'count')))].sort().join(','));
    }
    if (new Set(vars.values()).size > 1) problems.push(`${namespace}:${base} uses different variables: ${[...vars].map(([language, names]) => `${language} {${names}}`).join(' vs ')}`);
  }
  return problems;
}

describe('message catalogues', () => {
  it.each(NAMESPACES)('%s: the same keys, plural forms and variables in English and French, none empty', (namespace) => {
    const byLanguage = Object.fromEntries(UI_LANGUAGES.map((language) => [language, catalogues[language][namespace] as Tree])) as Record<UiLanguage, Tree>;
    expect(catalogueProblems(byLanguage, namespace)).toEqual([]);
  });

  it('catches a key missing in one language, a missing plural form, an empty message and a dropped variable', () => {
    const problems = catalogueProblems(
      {
        en: { a: { b: 'B', c: 'C' }, items_one: '{{count}} item', items_other: '{{count}} items', empty: 'x', named: 'Hello {{name}}' },
        fr: { a: { b: 'B' }, items_one: '{{count}} élément', items_other: '{{count}} éléments', extra: 'x', empty: ' ', named: 'Bonjour' },
      },
      'test',
    );
    expect(problems).toEqual([
      'test:a.c is missing in fr',
      'test:empty is empty in fr',
      'test:extra is missing in en',
      'test:items_many is missing in fr',
      'test:named uses different variables: en {name} vs fr {}',
    ]);
  });

  it('French plurals follow French rules through i18next: 0 and 1 are singular', () => {
    const t = createTranslator('fr').getFixedT('fr', 'ui');
    expect(t('placeholders.more', { count: 2 })).toBe('et 2 de plus');
    expect(t('library.meta', { language: 'Français', size: 'Lettre', count: 1 })).toBe('Français · Lettre · 1 section');
    expect(t('library.meta', { language: 'Français', size: 'Lettre', count: 0 })).toBe('Français · Lettre · 0 section');
    expect(createTranslator('en').getFixedT('en', 'ui')('library.meta', { language: 'English', size: 'Letter', count: 0 })).toBe('English · Letter · 0 sections');
  });
});
