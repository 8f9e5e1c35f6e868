/**
 * Checks of raw request bodies before any handler or validator sees them. Each returns a
 * message for a 400, or undefined when the body is acceptable.
 *
 * Why here and not in the DTOs: class-transformer recurses into whatever nesting it is given
 * (20,000 levels overflowed the stack: a 500), a NUL character is refused by PostgreSQL text
 * columns (a 500 there) and a lone surrogate is silently turned into U+FFFD when stored, so the
 * stored value differs from the acknowledged one. Invalid UTF-8 bytes would likewise be replaced
 * silently by the decoder.
 */

/** Deep enough for every body we accept (a backup document nests about 6 levels). */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The body as text, or undefined when its bytes are not valid UTF-8. A BOM is kept. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Why a piece of text cannot be stored as it is, or undefined. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it contains a lone surrogate)';
  return undefined;
}

/** Problems of a whole text body (CSV, XML): a NUL byte, with the line it is on. */
export function textBodyProblem(text: string): string | undefined {
  const problem = textProblem(text);
  if (!problem) return undefined;
  const nul = text.indexOf('\u0000');
  const line = nul >= 0 ? ` (line ${text.slice(0, nul).split('\n').length})` : '';
  return `body ${problem}${line}`;
}

/** Walks a parsed JSON body without recursion: too deep a nesting, or a bad string anywhere. */
export function jsonBodyProblem(body: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return `${path || 'body'} ${problem}`;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return `body nests deeper than ${maxDepth} levels`;
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return `a property name in ${path || 'body'} ${keyProblem}`;
      pending.push({ value: child, path: shortPath(path ? `${path}.${key}` : key), depth: depth + 1 });
    }
  }
  return undefined;
}

/** Paths end up in error messages: keep them readable however long the keys are. */
function shortPath(path: string): string {
  return path.length > 120 ? `${path.slice(0, 117)}...` : path;
}
