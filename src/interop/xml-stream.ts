import { SaxesParser } from 'saxes';

/** An element as the schedule readers see it: `@name` attributes, `#text`, `#cdata`, children by name. */
export type XmlNode = Record<string, unknown>;

/**
 * The text as a string of its own. Text read from a piece of the document is a slice that keeps
 * the whole piece (a megabyte) alive; a value kept past its event (a guid in a set of seen ones)
 * must not hold every piece of the document.
 */
export function unshared(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** A document that is not well-formed XML 1.0 (or declares a DTD), with where the reader stopped. */
export class XmlStreamError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export interface XmlStreamOptions {
  /** Element paths (`schedule.day.room`) that are always lists, even with one element. */
  listPaths: ReadonlySet<string>;
  /** The path of elements handed to `onElement` when they close instead of being kept in their parent. */
  detachedPath: string;
  /** A detached element, with its ancestors' nodes (root first) as far as they have been read. */
  onElement: (node: XmlNode, ancestors: readonly XmlNode[]) => void;
  /** Called when an element of any path opens (with its attributes) and closes. */
  onOpen?: (path: string, node: XmlNode) => void;
  onClose?: (path: string, value: unknown) => void;
}

interface Frame {
  name: string;
  path: string;
  node: XmlNode;
  hasContent: boolean;
  text: string;
  cdata?: string;
  kept: boolean;
}

/**
 * XML read as it arrives (saxes: strict, XML 1.0 conformant, references and `]]>` checked as
 * it goes) into plain nodes, one element at a time: a detached element (a schedule's `event`) is
 * handed over when it closes and not kept, so a large document never exists as one tree or one
 * string. Values are shaped as fast-xml-parser shaped them before (attributes as `@name`, trimmed
 * text, an element with neither attributes nor children as its text), so the readers of the
 * nodes did not change. DTDs are refused: no entity beyond XML's predefined five can exist.
 */
export class XmlTreeStream {
  private readonly parser = new SaxesParser({ position: true });
  private readonly stack: Frame[] = [];
  private root?: XmlNode;
  private failure?: XmlStreamError;
  /** The reference saxes is resolving, to name it in an error (saxes's own message does not). */
  private reference = '';

  constructor(private readonly options: XmlStreamOptions) {
    const parser = this.parser;
    const internals = parser as unknown as { parseEntity(entity: string): string };
    const parseEntity = internals.parseEntity.bind(parser);
    internals.parseEntity = (entity) => {
      this.reference = entity;
      return parseEntity(entity);
    };
    parser.on('error', (error) => {
      throw this.located(this.describe(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')));
    });
    parser.on('doctype', () => {
      throw this.located('DTDs and entity declarations are not accepted');
    });
    parser.on('opentag', (tag) => this.openElement(tag.name, tag.attributes as Record<string, string>));
    parser.on('closetag', () => this.closeElement());
    parser.on('text', (text) => {
      const frame = this.stack[this.stack.length - 1];
      const trimmed = text.trim();
      if (frame && trimmed) frame.text += trimmed;
    });
    parser.on('cdata', (cdata) => {
      const frame = this.stack[this.stack.length - 1];
      if (frame) frame.cdata = (frame.cdata ?? '') + cdata;
    });
  }

  /** The next piece of the document; throws XmlStreamError at the first problem. */
  write(text: string): void {
    if (this.failure) throw this.failure;
    try {
      this.parser.write(text);
    } catch (error) {
      throw (this.failure = this.asStreamError(error));
    }
  }

  /** The document's root element (its detached elements left out): `{ [rootName]: value }`. */
  close(): XmlNode {
    if (this.failure) throw this.failure;
    try {
      this.parser.close();
    } catch (error) {
      throw (this.failure = this.asStreamError(error));
    }
    return this.root ?? {};
  }

  private openElement(name: string, attributes: Record<string, string>): void {
    const parent = this.stack[this.stack.length - 1];
    const path = parent ? `${parent.path}.${name}` : name;
    const node: XmlNode = {};
    let hasContent = false;
    // Values kept for the whole document (outside detached elements) must not pin a piece of it.
    const detached = this.options.detachedPath;
    const kept = path !== detached && !path.startsWith(`${detached}.`);
    for (const key of Object.keys(attributes)) {
      node[`@${key}`] = kept ? unshared(attributes[key]) : attributes[key];
      hasContent = true;
    }
    this.stack.push({ name, path, node, hasContent, text: '', kept });
    this.options.onOpen?.(path, node);
  }

  private closeElement(): void {
    const frame = this.stack.pop()!;
    const value = valueOf(frame);
    this.options.onClose?.(frame.path, value);
    if (frame.path === this.options.detachedPath) {
      this.options.onElement(
        value as XmlNode,
        this.stack.map((f) => f.node),
      );
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.root = { [frame.name]: value };
      return;
    }
    parent.hasContent = true;
    const existing = parent.node[frame.name];
    if (existing === undefined) parent.node[frame.name] = this.options.listPaths.has(frame.path) ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else parent.node[frame.name] = [existing, value];
  }

  /** saxes's message for a bad reference, said as our earlier reader said it (naming the reference). */
  private describe(message: string): string {
    const reference = `&${this.reference};`;
    if (message === 'undefined entity.') return `the entity ${reference} is not declared`;
    if (message === 'malformed character entity.') return `${reference} does not name a character XML allows`;
    if (message === 'empty entity name.') return '"&;" is neither a character reference nor an entity';
    if (message === 'disallowed character in entity name.')
      return `"&${this.reference.slice(0, 11)}" is neither a character reference nor an entity`;
    return message.replace(/\.$/, '');
  }

  private located(message: string): XmlStreamError {
    return new XmlStreamError(message, this.parser.line, this.parser.column);
  }

  private asStreamError(error: unknown): XmlStreamError {
    if (error instanceof XmlStreamError) return error;
    throw error;
  }
}

/** As fast-xml-parser shaped it: an element with neither attributes, children nor CDATA is its text. */
function valueOf(frame: Frame): unknown {
  const own = (text: string) => (frame.kept ? unshared(text) : text);
  if (!frame.hasContent && frame.cdata === undefined) return own(frame.text);
  const node = frame.node;
  if (frame.text) node['#text'] = own(frame.text);
  if (frame.cdata !== undefined) node['#cdata'] = own(frame.cdata);
  return node;
}
