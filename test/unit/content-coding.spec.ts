import { negotiateCoding } from '../../src/common/http/json-compression';
import { queryKey } from '../../src/program-read/published-documents.service';

describe('negotiateCoding', () => {
  it('prefers br, then gzip, and gives nothing for a client that lists neither', () => {
    expect(negotiateCoding('gzip, deflate, br')).toBe('br');
    expect(negotiateCoding('gzip, deflate')).toBe('gzip');
    expect(negotiateCoding('deflate')).toBeUndefined();
    expect(negotiateCoding(undefined)).toBeUndefined();
    expect(negotiateCoding('identity')).toBeUndefined();
  });

  it('honours q=0 refusals and the * wildcard', () => {
    expect(negotiateCoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateCoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(negotiateCoding('*')).toBe('br');
    expect(negotiateCoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateCoding('BR ; q=1')).toBe('br');
  });
});

describe('queryKey', () => {
  it('names the same filters the same way whatever their order, and ignores absent ones', () => {
    expect(queryKey({ room: 'a', limit: 50 })).toBe(queryKey({ limit: 50, room: 'a', track: undefined }));
    expect(queryKey({ room: 'a' })).not.toBe(queryKey({ room: 'b' }));
  });
});
