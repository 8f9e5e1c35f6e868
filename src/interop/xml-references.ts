/** The five entities XML 1.0 predefines; any other named reference needs a DTD, which we refuse. */
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

const REFERENCE = /&(?:#x([0-9a-fA-F]+);|#([0-9]+);|([A-Za-z_][\w.-]*);)?/g;

/** A problem with a reference in the document (XML 1.0 makes it a well-formedness error). */
export class XmlReferenceError extends Error {}

/**
 * Replaces character references (`&#8211;`, `&#x1F389;`) and the five predefined entities in
 * text or an attribute value, in one pass, as XML 1.0 section 4.1/4.6 requires. A reference to a
 * code point outside the XML `Char` production (`&#0;`, a lone surrogate, beyond U+10FFFF) or to an
 * undeclared entity is an error, not text.
 */
export function decodeXmlReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (reference: string, hex?: string, decimal?: string, name?: string, at?: number) => {
    if (reference === '&') {
      const context = value.slice(at, (at ?? 0) + 12);
      throw new XmlReferenceError(`"${context}" is neither a character reference nor an entity`);
    }
    if (name !== undefined) {
      const replacement = PREDEFINED[name];
      if (replacement === undefined) throw new XmlReferenceError(`the entity ${reference} is not declared`);
      return replacement;
    }
    const digits = hex ?? decimal!;
    const codePoint = digits.length > 8 ? Infinity : parseInt(digits, hex !== undefined ? 16 : 10);
    if (!isXmlChar(codePoint)) throw new XmlReferenceError(`${reference} does not name a character XML allows`);
    return String.fromCodePoint(codePoint);
  });
}

/** XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
