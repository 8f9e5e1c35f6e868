/** Characters XML 1.0 cannot carry at all: dropped from text and attribute values. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// Whitespace in attribute values is written as references, or parsers normalize it to spaces.
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const INDENTS = Array.from({ length: 16 }, (_, depth) => '  '.repeat(depth));

export type XmlAttributes = Record<string, string | number | undefined>;

export function escapeXmlText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(FORBIDDEN, '').replace(/[&<>\r]/g, (c) => REFERENCES[c]) : text;
}

export function escapeXmlAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value)
    ? value.replace(FORBIDDEN, '').replace(/[&<>"'\t\n\r]/g, (c) => REFERENCES[c])
    : value;
}

/**
 * A streaming XML writer: elements are opened and closed in order, every text and attribute value
 * is escaped (control characters XML cannot carry are dropped), element and attribute names are
 * checked, and the output goes to the sink in chunks as it is written, so a large document never
 * exists as one tree or one string. Indented two spaces per level, one element per line.
 */
export class XmlWriter {
  private readonly stack: string[] = [];
  private readonly checkedNames = new Set<string>();
  private pending = '';

  constructor(
    private readonly sink: (chunk: string) => void,
    private readonly chunkChars = 64 * 1024,
  ) {
    this.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  }

  /** Opens an element that will hold other elements. */
  open(name: string, attributes?: XmlAttributes): this {
    this.write(`${this.indent()}<${this.name(name)}${this.attributes(attributes)}>\n`);
    this.stack.push(name);
    return this;
  }

  /** An element with text (empty when undefined) and no child elements. */
  leaf(name: string, text?: string | number, attributes?: XmlAttributes): this {
    const content = text === undefined ? '' : escapeXmlText(String(text));
    this.write(`${this.indent()}<${this.name(name)}${this.attributes(attributes)}>${content}</${name}>\n`);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error('XmlWriter: close() without an open element');
    this.write(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** Closes what is still open and hands the rest to the sink. */
  end(): void {
    while (this.stack.length > 0) this.close();
    if (this.pending) this.sink(this.pending);
    this.pending = '';
  }

  private attributes(attributes: XmlAttributes | undefined): string {
    let text = '';
    if (!attributes) return text;
    for (const name in attributes) {
      const value = attributes[name];
      if (value !== undefined) text += ` ${this.name(name)}="${escapeXmlAttribute(String(value))}"`;
    }
    return text;
  }

  private name(name: string): string {
    if (!this.checkedNames.has(name)) {
      if (!NAME.test(name)) throw new Error(`XmlWriter: "${name}" is not an XML name`);
      this.checkedNames.add(name);
    }
    return name;
  }

  private indent(): string {
    return INDENTS[this.stack.length] ?? '  '.repeat(this.stack.length);
  }

  private write(text: string): void {
    this.pending += text;
    if (this.pending.length >= this.chunkChars) {
      this.sink(this.pending);
      this.pending = '';
    }
  }
}
