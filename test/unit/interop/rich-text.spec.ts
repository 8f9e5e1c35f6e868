import MarkdownIt from 'markdown-it';
import { looksLikeHtml, toMarkdown, toPlainText } from '../../../src/rich-text/rich-text';

describe('rich text: Markdown stored, HTML converted on the way in', () => {
  it('converts FOSDEM-style HTML to Markdown that renders back to the same structure', () => {
    const html =
      '<p>The <strong>Torch-MLIR</strong> project covers:</p>\n<ul>\n<li>The <code>TorchOnnxToTorch</code> conversion</li>\n<li>See <a href="https://llvm.org/">LLVM</a></li>\n</ul>';
    const markdown = toMarkdown(html);
    expect(markdown).not.toMatch(/<[a-z]/i);
    const rendered = new MarkdownIt().render(markdown);
    expect(rendered).toContain('<strong>Torch-MLIR</strong>');
    expect(rendered).toContain('<code>TorchOnnxToTorch</code>');
    expect(rendered).toContain('<a href="https://llvm.org/">LLVM</a>');
    expect(rendered).toMatch(/<ul>\s*<li>/);
  });

  it('leaves plain text and Markdown as written (frab and pretalx abstracts), only line ends made LF', () => {
    const pretalx = 'Eine Komponente von [Gluon](https://gluon.readthedocs.io/).\r\nZweite Zeile: a < b & c > d';
    expect(looksLikeHtml(pretalx)).toBe(false);
    expect(toMarkdown(pretalx)).toBe(pretalx.replace(/\r\n/g, '\n'));
  });

  it('is stable: converting its own output again changes nothing', () => {
    const once = toMarkdown(
      '<p>One</p><ol><li>first</li><li>second <em>item</em></li></ol><pre><code>x = 1</code></pre>',
    );
    expect(toMarkdown(once)).toBe(once);
  });

  it('drops scripts and styles instead of keeping their text', () => {
    const markdown = toMarkdown('<p>Hi</p><script>alert(1)</script><style>p{}</style>');
    expect(markdown).toBe('Hi');
  });

  it('writes plain text without markup for calendars: lists, links with their URL, no tags', () => {
    const text = toPlainText(
      'Intro with **bold** and [a link](https://example.org/x).\n\n- one\n- two\n\n1. first\n2. second\n\n<b>raw</b>',
    );
    // HTML typed into Markdown is text (shown as typed on the page too), not markup
    expect(text).toBe(
      'Intro with bold and a link (https://example.org/x).\n\n- one\n- two\n\n1. first\n2. second\n\n<b>raw</b>',
    );
  });
});
