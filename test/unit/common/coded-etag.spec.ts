import { codedEtag, noneMatch } from '../../../src/common/http/coded-etag';

describe('ETags per content-coding', () => {
  it('appends the coding inside the quotes of a strong tag, and leaves the plain answer as it is', () => {
    expect(codedEtag('"abc"', 'gzip')).toBe('"abc-gzip"');
    expect(codedEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(codedEtag('"abc"', undefined)).toBe('"abc"');
  });

  it("leaves a record's version tag alone: it is what If-Match takes back, in any coding", () => {
    expect(codedEtag('"12"', 'gzip')).toBe('"12"');
  });

  it('matches If-None-Match in any coding of the same representation, weakly, and * always', () => {
    expect(noneMatch('"abc"', '"abc"')).toBe(true);
    expect(noneMatch('"abc-gzip"', '"abc"')).toBe(true);
    expect(noneMatch('W/"abc-br"', '"abc"')).toBe(true);
    expect(noneMatch('"x", "abc-br"', '"abc"')).toBe(true);
    expect(noneMatch('*', '"abc"')).toBe(true);
  });

  it('does not match another representation, nor a tag that only starts alike', () => {
    expect(noneMatch('"abd-gzip"', '"abc"')).toBe(false);
    expect(noneMatch('"abc-deflate"', '"abc"')).toBe(false);
    expect(noneMatch('"abc-gzip-gzip"', '"abc"')).toBe(false);
    expect(noneMatch(undefined, '"abc"')).toBe(false);
    expect(noneMatch('', '"abc"')).toBe(false);
  });
});
