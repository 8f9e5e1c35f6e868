import { computed, signal } from '@preact/signals';
import { type Lang, pickLanguage, translator } from '../lib/i18n';
import { en } from './messages/en';
import { ja } from './messages/ja';

const STORAGE_KEY = 'console.lang';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The console's language: the one chosen last (remembered in this browser), else the browser's. */
export const lang = signal<Lang>(pickLanguage(stored(), navigator.languages ?? [navigator.language]));
export const t = computed(() => translator({ en, ja }, lang.value));
export type MessageKey = keyof typeof en;

export function setLanguage(next: Lang): void {
  lang.value = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // private mode: the choice lasts for this page only
  }
}
document.documentElement.lang = lang.value;
