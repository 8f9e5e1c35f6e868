/**
 * Message catalogs: one per surface and language, beside the code (`messages/en.ts`,
 * `messages/ja.ts`). The Japanese catalog is typed by the English one, so a missing key is a
 * compile error; `{name}` placeholders are filled from the params.
 */
export const LANGUAGES = ['en', 'ja'] as const;
export type Lang = (typeof LANGUAGES)[number];

export type Catalog = Record<string, string>;
export type Translate<C extends Catalog> = (key: keyof C & string, params?: Record<string, string | number>) => string;

export function translator<C extends Catalog>(catalogs: Record<Lang, C>, lang: Lang): Translate<C> {
  return (key, params) => {
    const template = catalogs[lang][key] ?? catalogs.en[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : template;
  };
}

/** The first of the browser's languages we have a catalog for, unless the person chose one. */
export function pickLanguage(chosen: string | null, browser: readonly string[]): Lang {
  for (const candidate of [chosen, ...browser]) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base && (LANGUAGES as readonly string[]).includes(base)) return base as Lang;
  }
  return 'en';
}
