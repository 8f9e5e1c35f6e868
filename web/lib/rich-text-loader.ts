import type { renderRichText } from './rich-text';

export type RichTextRenderer = typeof renderRichText;

let loading: Promise<RichTextRenderer> | undefined;

/** Abstracts and bios as plain paragraphs: what the details show if the Markdown module cannot be fetched. */
export const plainRichText: RichTextRenderer = (source, lang) => {
  const root = document.createElement('div');
  root.className = 'rich-text';
  if (lang) root.lang = lang;
  for (const paragraph of source.split(/\n{2,}/))
    root.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
  return root;
};

/**
 * The Markdown renderer (markdown-it is most of the page's script) is fetched when the first
 * session's details open, not before the program is on screen. Offline without a stored copy,
 * the details still open, with the text as typed.
 */
export function loadRichText(): Promise<RichTextRenderer> {
  loading ??= import('./rich-text').then(
    (module) => module.renderRichText,
    () => {
      loading = undefined; // the next opening tries again
      return plainRichText;
    },
  );
  return loading;
}
