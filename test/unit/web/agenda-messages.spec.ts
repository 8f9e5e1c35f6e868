import { translator } from '../../../web/lib/i18n';
import { en } from '../../../web/messages/en';
import { ja } from '../../../web/messages/ja';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the agenda page catalogs', () => {
  it('give every English message a Japanese one with the same placeholders', () => {
    const mismatched = Object.keys(en).filter(
      (key) =>
        !ja[key as keyof typeof en]?.trim() ||
        placeholders(ja[key as keyof typeof en]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translate words, not only punctuation: Japanese messages with letters of their own differ from the English', () => {
    const untranslated = Object.keys(en).filter((key) => {
      const words = en[key as keyof typeof en].replace(/\{\w+\}/g, '');
      return /[A-Za-z]{2}/.test(words) && ja[key as keyof typeof en] === en[key as keyof typeof en];
    });
    expect(untranslated).toEqual([]);
  });

  it('fill placeholders and fall back to English for a key the catalog lacks', () => {
    const t = translator({ en, ja }, 'ja');
    expect(t('filter.matches', { shown: 3, total: 40 })).toBe('40 件中 3 件が該当');
    expect(translator({ en, ja: { ...ja, 'grid.break': undefined as unknown as string } }, 'ja')('grid.break')).toBe(
      'Break',
    );
  });
});
