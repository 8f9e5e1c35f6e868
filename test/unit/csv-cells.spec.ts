import { formatSpeakers, nameKey, neutralizeFormula, parseSpeakers, restoreFormula } from '../../src/csv/csv-cells';

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+49 30 1234', '-2 degrees', '@SUM(A1)', '\tindented', '\rcarriage'])(
    'prefixes %j, which a spreadsheet would run as a formula, with a quote',
    (cell) => expect(neutralizeFormula(cell)).toBe(`'${cell}`),
  );

  it.each(['Keynote', '', ' =spaced', '2026-03-10 09:00', "it's", 'a=b'])('leaves %j alone', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('adds one more quote to a cell whose quotes already precede a formula character', () => {
    expect(neutralizeFormula("'=x")).toBe("''=x");
  });
});

describe('restoreFormula', () => {
  it.each(['=1+1', "'=1+1", "''@x", '-', 'plain', "'quoted", "'", ''])('gives back %j after a round trip', (cell) => {
    expect(restoreFormula(neutralizeFormula(cell))).toBe(cell);
  });

  it('keeps a leading quote that does not guard a formula', () => {
    expect(restoreFormula("'tis the season")).toBe("'tis the season");
  });
});

describe('formatSpeakers', () => {
  it('writes names in order, with the role unless it is the default', () => {
    expect(
      formatSpeakers([
        { name: 'Ada Lovelace', role: 'chair' },
        { name: 'Grace Hopper', role: 'speaker' },
        { name: 'Alan Kay', role: 'author' },
      ]),
    ).toBe('Ada Lovelace (chair); Grace Hopper; Alan Kay (author)');
  });

  it('writes an empty cell for no speakers', () => {
    expect(formatSpeakers([])).toBe('');
  });
});

describe('parseSpeakers', () => {
  it('reads what formatSpeakers writes', () => {
    const credits = [
      { name: 'Ada Lovelace', role: 'moderator' as const },
      { name: '山田 太郎', role: 'speaker' as const },
    ];
    expect(parseSpeakers(formatSpeakers(credits))).toEqual(credits);
  });

  it('tolerates spacing, upper-case roles and empty entries', () => {
    expect(parseSpeakers(' Ada Lovelace ( Chair ) ;; Grace Hopper ;')).toEqual([
      { name: 'Ada Lovelace', role: 'chair' },
      { name: 'Grace Hopper', role: 'speaker' },
    ]);
  });

  it('keeps parentheses that are not a role as part of the name', () => {
    expect(parseSpeakers('Wei Zhang (ACM); Lee (host) (author)')).toEqual([
      { name: 'Wei Zhang (ACM)', role: 'speaker' },
      { name: 'Lee (host)', role: 'author' },
    ]);
  });

  it('reads an empty cell as no speakers', () => {
    expect(parseSpeakers('')).toEqual([]);
  });
});

describe('nameKey', () => {
  it('matches names across case, spacing and Unicode composition', () => {
    expect(nameKey('  Jürgen   GROß ')).toBe(nameKey('jürgen groß'));
    expect(nameKey('Ju\u0308rgen')).toBe(nameKey('J\u00fcrgen'));
  });
});
