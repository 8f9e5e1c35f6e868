import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../src/csv/csv-columns';
import { CsvFormatError, detectDelimiter, readCsvTable, writeCsvTable } from '../../src/csv/csv-table';

const problemsOf = (text: string) => {
  try {
    readCsvTable(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return error.problems;
    throw error;
  }
  return [];
};

describe('detectDelimiter', () => {
  it.each([
    ['id,title,type', ','],
    ['id;title;type', ';'],
    ['id\ttitle\ttype', '\t'],
    ['title', ','],
    ['id;title;type\n,"a, b, c",talk', ';'],
  ])('reads the separator of %j from the header line', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsvTable', () => {
  it('reads a BOM, semicolons, CRLF and a quoted line break, numbering rows like a spreadsheet', () => {
    const table = readCsvTable('\uFEFFid;Title;type;abstract\r\n;A;talk;"one\r\ntwo"\r\n;;;\r\n\r\n;B;panel;\r\n');
    expect(table.columns).toEqual(['id', 'title', 'type', 'abstract']);
    expect(table.rows).toEqual([
      { rowNumber: 2, record: { id: '', title: 'A', type: 'talk', abstract: 'one\ntwo' } },
      { rowNumber: 5, record: { id: '', title: 'B', type: 'panel', abstract: '' } },
    ]);
  });

  it('trims cells but the abstract, and strips the quote export put before a formula', () => {
    const [row] = readCsvTable("id,title,type,subtitle,abstract\n, Talk , talk,'=1+1,  indented\n").rows;
    expect(row.record).toEqual({ id: '', title: 'Talk', type: 'talk', subtitle: '=1+1', abstract: '  indented' });
  });

  it('names unknown, repeated and missing required columns', () => {
    expect(problemsOf('title,Title,colour\nA,A,red\n')).toEqual([
      `unknown column(s): "colour"; known columns are ${CSV_COLUMNS.join(', ')}`,
      'column(s) given twice: title',
      'missing required column(s): id, type',
    ]);
  });

  it('names rows whose cell count differs from the header', () => {
    expect(problemsOf('id,title,type\n,A,talk,extra\n,B\n')).toEqual([
      'row 2: has 4 cells, the header has 3',
      'row 3: has 2 cells, the header has 3',
    ]);
  });

  it('refuses an empty file, a file that is not UTF-8 and a quote left open', () => {
    expect(problemsOf('\uFEFF \r\n')).toEqual(['the CSV file is empty']);
    expect(problemsOf('id,title,type\n,Gr\uFFFD\uFFFDe,talk\n')).toEqual([
      'the file is not UTF-8; save it as "CSV UTF-8"',
    ]);
    expect(problemsOf('id,title,type\n,"open,talk\n')).toEqual([
      expect.stringMatching(/^the CSV could not be read: Quote Not Closed/),
    ]);
  });
});

describe('writeCsvTable', () => {
  const record = {
    id: 'a',
    title: '=cmd|calc',
    abstract: 'line 1\nline 2',
    speakers: 'Ada (chair); Grace',
    subtitle: 'Grüße, 会議',
  };

  it('starts with a BOM, ends records with CRLF and quotes cells with line breaks', () => {
    const text = writeCsvTable([record]);
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain('"line 1\nline 2"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('is read back by an independent parser with formulas neutralized', () => {
    const [row] = parse<Record<string, string>>(writeCsvTable([record]), { bom: true, columns: true });
    expect(row).toMatchObject({ title: "'=cmd|calc", abstract: 'line 1\nline 2', subtitle: 'Grüße, 会議', room: '' });
  });

  it('is read back by readCsvTable unchanged', () => {
    const [row] = readCsvTable(writeCsvTable([record])).rows;
    expect(row.record).toMatchObject(record);
  });
});
