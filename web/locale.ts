import { h } from './dom';
import { type Lang, LANGUAGES, pickLanguage, translator } from './lib/i18n';
import { dayRangeLabel } from './lib/zoned-time';
import { en } from './messages/en';
import { ja } from './messages/ja';

const STORAGE_KEY = 'agenda.lang';
/** Each language by its own name, so a reader finds theirs whatever the page speaks now. */
const ENDONYMS: Record<Lang, string> = { en: 'English', ja: '日本語' };
/** Formatting locales: en-GB keeps 24-hour times and day-month order, as the page always had. */
const INTL_LOCALES: Record<Lang, string> = { en: 'en-GB', ja: 'ja-JP' };

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export type MessageKey = keyof typeof en;

/** `?lang=ja` in a link wins for that page (a shared link, a test); it is not remembered. */
const requested = new URLSearchParams(location.search).get('lang');

/** The page's language: the link's, else the one chosen last in this browser, else the first of the browser's we speak. */
export const lang: Lang = pickLanguage(requested ?? stored(), navigator.languages ?? [navigator.language]);
export const locale = INTL_LOCALES[lang];
export const t = translator<typeof en>({ en, ja }, lang);

/** A span of local dates ("10–12 March 2027"), or one date. */
export function dayRange(first: string, last: string): string {
  const words = { sameMonth: t('dates.sameMonth'), sameYear: t('dates.sameYear'), apart: t('dates.apart') };
  return dayRangeLabel(first, last, words, locale);
}

/** A count in words of the locale's plural rules ("1 starred session", "3 starred sessions"). */
export function plural(prefix: 'agenda.count', count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${prefix}.${form}`, { count: count.toLocaleString(locale) });
}

/** "90 minutes" / "2 hours", "90 分" / "2 時間". */
export function durationLabel(minutes: number): string {
  const [value, unit] = minutes % 60 ? [minutes, 'minute'] : [minutes / 60, 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "in 25 minutes", "in 2 hours" / "25 分後", "2 時間後": when the next session starts, from now. */
export function startsIn(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return minutes < 60 ? format.format(minutes, 'minute') : format.format(Math.round(minutes / 60), 'hour');
}

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The server writes the shell in English; the words it marks with `data-i18n` take the reader's language. */
export function translateShell(): void {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as MessageKey);
  const eventName = document.getElementById('event-name')?.textContent;
  const page = document.body.dataset.page;
  if (page === 'event' && eventName) document.title = t('event.pageTitle', { name: eventName });
  if (page === 'events') document.title = t('index.title');
  if (page === 'not-found') document.title = t('notFound.title');
  const host = document.getElementById('language-switch');
  // the server draws the switch with the page; a shell without one gets it built here
  const drawn = host?.querySelector<HTMLSelectElement>('select#language');
  if (drawn) {
    drawn.value = lang;
    drawn.disabled = false;
  } else host?.replaceChildren(languageSwitch());
  (drawn ?? host?.querySelector('select'))?.addEventListener('change', switchLanguage);
}

/** A labelled select in the header; the choice is remembered and the page reloads in it. */
function languageSwitch(): HTMLElement {
  const select = h(
    'select',
    { id: 'language' },
    LANGUAGES.map((code) => h('option', { value: code, lang: code, selected: code === lang }, ENDONYMS[code])),
  );
  return h('label', { class: 'language-switch', for: 'language' }, h('span', null, t('site.language')), ' ', select);
}

function switchLanguage(event: Event): void {
  try {
    localStorage.setItem(STORAGE_KEY, (event.target as HTMLSelectElement).value);
  } catch {
    // private mode: nothing to remember the choice in
  }
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  if (url.href === location.href) location.reload();
  else location.replace(url);
}
