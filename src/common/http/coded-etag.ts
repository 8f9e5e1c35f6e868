/**
 * Strong ETags per content-coding (RFC 9110 8.8.3: a strong validator names one sequence of
 * bytes, and a gzipped answer is another sequence than the plain one). As Apache's mod_deflate
 * does, the coding is appended inside the quotes: `"abc"` plain, `"abc-gzip"`, `"abc-br"`.
 * A record's ETag is its version (what If-Match takes back, see DESIGN's contract): it names the
 * record in every coding and is left as it is.
 */
export type EtagCoding = 'br' | 'gzip';

const VERSION_ETAG = /^"\d+"$/;
const CODING_SUFFIX = /-(?:br|gzip)"$/;

export function codedEtag(etag: string, coding: EtagCoding | undefined): string {
  if (!coding || VERSION_ETAG.test(etag) || !etag.startsWith('"')) return etag;
  return `${etag.slice(0, -1)}-${coding}"`;
}

/**
 * If-None-Match compares weakly (RFC 9110 13.1.2): a tag the client holds matches when it names
 * this representation in any coding (`*` matches whatever is current).
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const opaque = tag.trim().replace(/^W\//, '');
    return opaque === '*' || opaque === etag || opaque.replace(CODING_SUFFIX, '"') === etag;
  });
}
