import {
  decodeUtf8,
  jsonBodyProblem,
  MAX_JSON_DEPTH,
  textBodyProblem,
  textProblem,
} from '../../../src/common/http/body-guard';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('body guard', () => {
  describe('decodeUtf8', () => {
    it('decodes valid UTF-8, keeping a byte-order mark', () => {
      expect(decodeUtf8(Buffer.from('\uFEFFGrüße, 東京 🎉'))).toBe('\uFEFFGrüße, 東京 🎉');
    });

    it.each([
      ['a lone continuation byte', [0x61, 0x80]],
      ['a truncated sequence', [0xe6, 0x9d]],
      ['an overlong encoding of "/"', [0xc0, 0xaf]],
      ['an encoded surrogate', [0xed, 0xa0, 0x80]],
      ['0xFF', [0xff]],
    ])('refuses %s', (_label, bytes) => {
      expect(decodeUtf8(Buffer.from(bytes))).toBeUndefined();
    });
  });

  describe('textProblem', () => {
    it('accepts ordinary text, emoji pairs and SQL or HTML metacharacters', () => {
      expect(textProblem(`'; DROP TABLE events; -- <script>alert(1)</script> 🎉`)).toBeUndefined();
    });

    it('refuses NUL characters and lone surrogates', () => {
      expect(textProblem('a\u0000b')).toMatch(/NUL/);
      expect(textProblem('a\ud800b')).toMatch(/lone surrogate/);
      expect(textProblem('\udc00')).toMatch(/lone surrogate/);
    });
  });

  describe('textBodyProblem', () => {
    it('names the line of a NUL byte in a CSV or XML body', () => {
      expect(textBodyProblem('title,type\nok,talk\nbad\u0000,talk\n')).toBe(
        'body must not contain NUL characters (line 3)',
      );
      expect(textBodyProblem('<schedule/>')).toBeUndefined();
    });
  });

  describe('jsonBodyProblem', () => {
    it('accepts a body nested up to the limit', () => {
      expect(jsonBodyProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    });

    it('refuses deeper nesting without overflowing the stack', () => {
      expect(jsonBodyProblem(nested(MAX_JSON_DEPTH + 1))).toBe(`body nests deeper than ${MAX_JSON_DEPTH} levels`);
      expect(jsonBodyProblem(nested(200_000))).toBe(`body nests deeper than ${MAX_JSON_DEPTH} levels`);
    });

    it('names the field holding a NUL character or a lone surrogate', () => {
      expect(jsonBodyProblem({ title: 'ok', speakers: [{ role: 'x\u0000' }] })).toBe(
        'speakers.0.role must not contain NUL characters',
      );
      expect(jsonBodyProblem({ name: '\ud83d' })).toBe(
        'name must be valid Unicode text (it contains a lone surrogate)',
      );
      expect(jsonBodyProblem('\u0000')).toBe('body must not contain NUL characters');
    });

    it('checks property names too', () => {
      expect(jsonBodyProblem({ links: [{ ['a\u0000']: 1 }] })).toBe(
        'a property name in links.0 must not contain NUL characters',
      );
    });

    it('accepts scalars, nulls and empty containers', () => {
      for (const body of [null, 0, true, 'text', [], {}, { a: null, b: [1, 'x', false] }])
        expect(jsonBodyProblem(body)).toBeUndefined();
    });
  });
});
