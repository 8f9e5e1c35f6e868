import fc from 'fast-check';

/** Hostile values for request fields: what a careless or malicious client sends. */

/** Strings that should be stored verbatim (never interpreted) when a field accepts them. */
export const METACHARACTERS = [
  `'; DROP TABLE sessions; --`,
  `" OR "1"="1`,
  `Robert'); DELETE FROM events WHERE ('1'='1`,
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;&lt;&#0;',
  '{{7*7}}',
  '${jndi:ldap://x/a}',
  '../../../etc/passwd',
  '%00%27',
  '\\x00\\',
  '=HYPERLINK("http://x")',
  '+1+1',
  '@SUM(A1)',
  '-2+3',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '\u202eevil\u202c',
  'ﷺ',
  'Ω≈ç√',
  '東京 🎉👩‍👩‍👧',
  'a\r\nX-Injected: 1',
  '\t',
  ' ',
  '',
];

/** Text that must be refused: NUL characters and lone surrogates cannot be stored as sent. */
export const UNSTORABLE = ['\u0000', 'a\u0000b', 'x\ud800', '\udfffy', '\ud83d', 'ok\u0000'];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...METACHARACTERS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNSTORABLE) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 3,
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 190, max: 120_000 }).map((length) => 'x'.repeat(length)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((length) => '\u{1F389}'.repeat(length)) },
);

/** Instants a client might send: no offset, impossible dates, DST gaps, absurd offsets and years. */
export const BAD_INSTANTS = [
  '2026-03-28T09:00:00',
  '2026-03-28 09:00',
  '2026-03-29T02:30:00',
  '2026-03-29T02:30',
  '2026-03-29T02:30:00[Europe/Berlin]',
  '2026-02-30T09:00:00Z',
  '2026-02-29T09:00:00+01:00',
  '2026-13-01T00:00:00Z',
  '2026-00-10T00:00:00Z',
  '2026-03-28T24:00:01Z',
  '2026-03-28T09:60:00Z',
  '2026-03-28T09:00:61Z',
  '2026-03-28T09:00:00+25:00',
  '2026-03-28T09:00:00+01',
  '2026-03-28T09:00:00 +01:00',
  '28/03/2026 09:00',
  '1774688400000',
  '2026-W13-6T09:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-000001-01-01T00:00:00Z',
  '0000-00-00T00:00:00Z',
  '2026-03-28T09:00:00.123456789123Z',
  'now',
  'today',
  '',
  'T',
  'Z',
];

/** Instants with an explicit offset, valid as instants, around the spring-forward night of Europe/Berlin. */
export const EDGE_INSTANTS = [
  '2026-03-29T02:30:00+01:00',
  '2026-03-29T02:30:00+02:00',
  '2026-03-29T01:59:59Z',
  '2026-03-29T03:00:00+02:00',
  '2026-10-25T02:30:00+02:00',
  '2026-03-28T00:00:00+14:00',
  '2026-03-30T23:59:59-12:00',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
];

export const hostileInstant: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BAD_INSTANTS) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_INSTANTS) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        year: fc.integer({ min: 0, max: 10_000 }),
        month: fc.integer({ min: 0, max: 14 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 25 }),
        offset: fc.constantFrom('', 'Z', '+01:00', '+02:00', '-00:00', '+14:01', '+0100'),
      })
      .map(
        ({ year, month, day, hour, offset }) =>
          `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(hour)}:30:00${offset}`,
      ),
  },
);

export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-3-1',
    '26-03-01',
    '2026/03/01',
    '20260301',
    '',
    '0000-00-00',
    '2026-03-28T00:00:00Z',
  ),
  fc
    .record({
      y: fc.integer({ min: 0, max: 99_999 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    })
    .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`),
);

export const hostileTimeZone = fc.constantFrom(
  'Europe/Berlin ',
  'europe/berlin',
  'Mars/Olympus_Mons',
  'UTC+1',
  '+01:00',
  'CEST',
  'Etc/GMT+99',
  '../../etc/localtime',
  '',
  'Local',
  'Europe/Berlin\u0000',
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, -0, 0.5, -1e9, 1e21, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 1_000_001, 10_081),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Values of the wrong JSON type for any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/**
 * JSON nested `depth` levels deep. JSON.stringify itself overflows the stack at about 5,000
 * levels, so such a value is kept as this marker and written out by toJsonText.
 */
export class DeepJson {
  constructor(readonly depth: number) {}

  text(): string {
    const open: string[] = [];
    const close: string[] = [];
    for (let i = 0; i < this.depth; i++) {
      open.push(i % 2 ? '[' : '{"a":');
      close.push(i % 2 ? ']' : '}');
    }
    return `${open.join('')}1${close.reverse().join('')}`;
  }

  [fc.toStringMethod](): string {
    return `DeepJson(${this.depth})`;
  }

  toString(): string {
    return `DeepJson(${this.depth})`;
  }
}

/** JSON.stringify, writing DeepJson markers out as their deep text. */
export function toJsonText(value: unknown): string {
  const deep: DeepJson[] = [];
  const text =
    JSON.stringify(value, (_key, item) =>
      item instanceof DeepJson ? `\u0001DEEP${deep.push(item) - 1}\u0001` : item,
    ) ?? 'null';
  return deep.length
    ? text.replace(/"\\u0001DEEP(\d+)\\u0001"/g, (_match, index: string) => deep[Number(index)].text())
    : text;
}

/** Nesting deeper than any body we accept, up to far beyond what a recursive walker survives. */
export const deepJson: fc.Arbitrary<unknown> = fc.integer({ min: 33, max: 50_000 }).map((depth) => new DeepJson(depth));

/** UUID-shaped and not: unknown ids, the nil id, upper case, near misses. `known` adds real and foreign ids. */
export function hostileId(known: string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    fc.uuid(),
    fc.constantFrom(
      '00000000-0000-0000-0000-000000000000',
      'not-a-uuid',
      '1',
      '',
      "1' OR '1'='1",
      '../events',
      '%00',
      'x'.repeat(300),
    ),
    ...(known.length
      ? [
          fc.constantFrom(...known),
          fc.constantFrom(...known).map((id) => id.toUpperCase()),
          fc.constantFrom(...known).map((id) => `${id}0`),
        ]
      : []),
  );
}

/** Any hostile value at all, for a field whose meaning the generator does not know. */
export function anyHostile(known: string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileString },
    { weight: 2, arbitrary: wrongType },
    { weight: 2, arbitrary: hostileInstant },
    { weight: 2, arbitrary: hostileNumber },
    { weight: 1, arbitrary: hostileId(known) },
    { weight: 1, arbitrary: deepJson },
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
