import fc from 'fast-check';
import { foldLines as icalGeneratorFold } from 'ical-generator';
import { foldLines } from '../../../src/calendar/fold-lines';

// Pieces that stress the octet count: 1-, 2-, 3- and 4-octet characters, lone and doubled
// surrogates (TextEncoder writes U+FFFD), line breaks, and the escapes iCalendar text carries.
const piece = fc.constantFrom(
  'a',
  'Z',
  ' ',
  ';',
  '\\n',
  '\\,',
  'é',
  'ß',
  'Ω',
  '日',
  '本',
  '€',
  '🎉',
  '👩‍💻',
  '\ud800',
  '\udc00',
  '\ud800\ud800',
  '\r\n',
  '\n',
);
const text = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 90 }), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('foldLines', () => {
  it('folds exactly as ical-generator does, for any text', () => {
    fc.assert(
      fc.property(text, (input) => foldLines(input) === icalGeneratorFold(input)),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('keeps every folded line within 75 octets, continuations starting with one space', () => {
    const line = `DESCRIPTION:${'Konferenz über Zeitpläne 日本語 🎉 '.repeat(20)}`;
    const folded = foldLines(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(5);
    for (const [index, part] of folded.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('leaves short lines and line breaks alone', () => {
    expect(foldLines('BEGIN:VEVENT\r\nSUMMARY:Hi\r\nEND:VEVENT\r\n')).toBe(
      'BEGIN:VEVENT\r\nSUMMARY:Hi\r\nEND:VEVENT\r\n',
    );
    expect(foldLines('x'.repeat(74))).toBe('x'.repeat(74));
    expect(foldLines('x'.repeat(75))).toBe(`${'x'.repeat(74)}\r\n x`);
  });
});
