import MarkdownIt from 'markdown-it';
import type TurndownService from 'turndown';
import { lazyModule } from '../common/lazy-module';

/**
 * Rich text (abstracts, descriptions, biographies) is stored as Markdown (CommonMark), as pretalx
 * does: plain text is already valid Markdown, so what organizers type and what frab/pretalx export
 * is kept as written; HTML from imports (FOSDEM's abstracts) is converted once, on the way in.
 * Rendering never passes raw HTML through (markdown-it with `html: false` escapes it).
 */
export const RICH_TEXT_FORMAT = 'markdown' as const;

/** Block and inline elements FOSDEM, pentabarf and Indico write; a lone `a < b` is not HTML. */
const HTML_TAG =
  /<\/?(p|br|a|ul|ol|li|em|strong|b|i|u|h[1-6]|pre|code|blockquote|div|span|img|table|tr|td|th|hr|sup|sub|dl|dt|dd)(\s[^<>]*)?\/?>/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** Only imports convert HTML: turndown and its DOM parser load then, not at start-up. */
const converter = lazyModule((): TurndownService => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Turndown = require('turndown') as typeof TurndownService;
  const turndown = new Turndown({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    linkStyle: 'inlined',
  });
  // nothing executable or invisible survives as text
  turndown.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template'] as never);
  return turndown;
});

/** Text from an import as stored Markdown: HTML converted, line ends made `\n`, outer blank space trimmed. */
export function toMarkdown(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  const markdown = looksLikeHtml(normalized) ? converter().turndown(normalized) : normalized;
  return markdown.trim();
}

const markdown = new MarkdownIt({ html: false, linkify: false, breaks: false });

/**
 * Markdown as plain text for places that show no markup (iCal DESCRIPTION): paragraphs and
 * list items on their own lines, a link as `text (url)` unless the text is the URL.
 */
export function toPlainText(source: string): string {
  const out: string[] = [];
  let line = '';
  let link: string | undefined;
  const listStack: { ordered: boolean; next: number }[] = [];
  const endBlock = () => {
    if (line.trim()) out.push(line.trimEnd());
    line = '';
  };
  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'bullet_list_open':
        listStack.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        listStack.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listStack.pop();
        if (listStack.length === 0) out.push('');
        break;
      case 'list_item_open': {
        endBlock();
        const list = listStack[listStack.length - 1];
        line = `${'  '.repeat(listStack.length - 1)}${list?.ordered ? `${list.next++}.` : '-'} `;
        break;
      }
      case 'paragraph_close':
      case 'heading_close':
        endBlock();
        if (listStack.length === 0) out.push('');
        break;
      case 'fence':
      case 'code_block':
        endBlock();
        out.push(token.content.trimEnd(), '');
        break;
      case 'hr':
        endBlock();
        out.push('---', '');
        break;
      case 'inline':
        for (const child of token.children ?? []) {
          if (child.type === 'text' || child.type === 'code_inline') line += child.content;
          else if (child.type === 'softbreak' || child.type === 'hardbreak') line += '\n';
          else if (child.type === 'image') line += child.content;
          else if (child.type === 'link_open') link = String(child.attrGet('href') ?? '') || undefined;
          else if (child.type === 'link_close') {
            if (link && !line.endsWith(link)) line += ` (${link})`;
            link = undefined;
          }
        }
        break;
    }
  }
  endBlock();
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markdown as HTML for server-made pages: raw HTML in the source is escaped, links only http(s)/mailto. */
export function toSafeHtml(source: string): string {
  return markdown.render(source);
}
