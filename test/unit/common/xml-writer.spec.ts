import { XMLParser } from 'fast-xml-parser';
import { XmlWriter } from '../../../src/common/xml/xml-writer';

function write(build: (xml: XmlWriter) => void, chunkChars?: number): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  const xml = new XmlWriter((chunk) => chunks.push(chunk), chunkChars);
  build(xml);
  xml.end();
  return { text: chunks.join(''), chunks };
}

const parse = (text: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
  }).parse(text);

describe('XmlWriter', () => {
  const hostile = `a & b < c > d "e" 'f' ]]> <!-- x --> &amp;`;

  it('escapes text so a parser reads back exactly what was written', () => {
    const { text } = write((xml) => xml.open('root').leaf('title', hostile).leaf('empty').leaf('number', 42));
    expect(text).toContain('<title>a &amp; b &lt; c &gt; d "e" \'f\' ]]&gt; &lt;!-- x --&gt; &amp;amp;</title>');
    expect(parse(text).root).toMatchObject({ title: hostile, empty: '', number: '42' });
  });

  it('escapes attribute values, keeping quotes, tabs and line breaks, and leaves out undefined ones', () => {
    const value = `${hostile}\tline one\nline two\r\n`;
    const { text } = write((xml) => xml.leaf('link', 'x', { href: value, title: undefined, id: 7 }));
    expect(text).not.toContain('title=');
    const link = parse(text).link;
    expect(link['@href']).toBe(value);
    expect(link['@id']).toBe('7');
  });

  it('drops control characters XML 1.0 cannot carry and keeps tab, newline and non-ASCII text', () => {
    const { text } = write((xml) => xml.leaf('t', 'ok\u0000\u0007\u001b\uffff\tß 日本 🎉\nend'));
    expect(parse(text).t).toBe('ok\tß 日本 🎉\nend');
  });

  it('nests and indents elements and closes what is left open at the end', () => {
    const { text } = write((xml) => xml.open('a', { n: 1 }).open('b').leaf('c', 'x'));
    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a n="1">\n  <b>\n    <c>x</c>\n  </b>\n</a>\n');
  });

  it('hands the document over in chunks of about the chunk size that join to the same text', () => {
    const build = (xml: XmlWriter) => {
      xml.open('list');
      for (let i = 0; i < 500; i++) xml.leaf('item', `value ${i}`, { i });
    };
    const whole = write(build).text;
    const chunked = write(build, 1024);
    expect(chunked.chunks.length).toBeGreaterThan(10);
    expect(chunked.chunks.slice(0, -1).every((chunk) => chunk.length >= 1024 && chunk.length < 1100)).toBe(true);
    expect(chunked.text).toBe(whole);
    expect(parse(whole).list.item).toHaveLength(500);
  });

  it('refuses names that are not XML names and a close without an open element', () => {
    expect(() => write((xml) => xml.leaf('bad name'))).toThrow('"bad name" is not an XML name');
    expect(() => write((xml) => xml.leaf('ok', 'x', { '"><x y': 'v' }))).toThrow('is not an XML name');
    expect(() => write((xml) => xml.close())).toThrow('close() without an open element');
  });
});
