import MarkdownIt from 'markdown-it';

/**
 * Abstracts and biographies are Markdown (see docs/interop.md). They become DOM nodes built from
 * markdown-it's tokens: text is only ever text (no innerHTML anywhere), raw HTML in the source is
 * shown as typed, links go only to http(s) and mailto, images become links (no remote loading).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });

const BLOCKS: Record<string, string> = {
  paragraph_open: 'p',
  bullet_list_open: 'ul',
  ordered_list_open: 'ol',
  list_item_open: 'li',
  blockquote_open: 'blockquote',
  strong_open: 'strong',
  em_open: 'em',
  s_open: 's',
  table_open: 'table',
  thead_open: 'thead',
  tbody_open: 'tbody',
  tr_open: 'tr',
  th_open: 'th',
  td_open: 'td',
};

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Headings inside a dialog start below its own `h3`. */
const headingLevel = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 3)}`;

export function renderRichText(source: string, lang?: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'rich-text';
  if (lang) root.lang = lang;
  const stack: HTMLElement[] = [root];
  const top = () => stack[stack.length - 1];
  const open = (tag: string) => {
    const element = document.createElement(tag);
    top().append(element);
    stack.push(element);
    return element;
  };
  const walk = (tokens: ReturnType<typeof markdown.parse>) => {
    for (const token of tokens) {
      if (token.type === 'inline') walk(token.children ?? []);
      else if (BLOCKS[token.type]) open(BLOCKS[token.type]);
      else if (token.type === 'heading_open') open(headingLevel(token.tag));
      else if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        const link = open(SAFE_LINK.test(href) ? 'a' : 'span');
        if (link instanceof HTMLAnchorElement) {
          link.href = href;
          link.rel = 'noopener nofollow ugc';
        }
      } else if (token.type.endsWith('_close')) {
        if (stack.length > 1) stack.pop();
      } else if (token.type === 'text') top().append(token.content);
      else if (token.type === 'code_inline') {
        open('code').append(token.content);
        stack.pop();
      } else if (token.type === 'softbreak') top().append('\n');
      else if (token.type === 'hardbreak') top().append(document.createElement('br'));
      else if (token.type === 'fence' || token.type === 'code_block') {
        open('pre').append(Object.assign(document.createElement('code'), { textContent: token.content }));
        stack.pop();
      } else if (token.type === 'hr') top().append(document.createElement('hr'));
      else if (token.type === 'image') {
        const src = String(token.attrGet('src') ?? '');
        const text = token.content || src;
        if (SAFE_LINK.test(src)) {
          const link = Object.assign(document.createElement('a'), { href: src, textContent: text });
          link.rel = 'noopener nofollow ugc';
          top().append(link);
        } else top().append(text);
      }
      // html_block / html_inline never occur with html: false; anything unknown is skipped
    }
  };
  walk(markdown.parse(source, {}));
  return root;
}
