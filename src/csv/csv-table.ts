import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, CsvColumn, CsvRecord, CsvRow, REQUIRED_COLUMNS } from './csv-columns';
import { neutralizeFormula, restoreFormula } from './csv-cells';

/** A file that cannot be imported at all; each problem becomes one message of the 400. */
export class CsvFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

export interface CsvTable {
  columns: CsvColumn[];
  rows: CsvRow[];
}

/** CRLF and a BOM for Excel; cells with line breaks are quoted (csv-stringify would not quote a lone LF under CRLF). */
export function writeCsvTable(records: CsvRecord[]): string {
  const neutralized = records.map((record) =>
    Object.fromEntries(CSV_COLUMNS.map((column) => [column, neutralizeFormula(record[column] ?? '')])),
  );
  return stringify(neutralized, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/** The separator of the header line: `;` from European Excel, a tab from some exports, else `,`. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/, 1)[0];
  const count = (char: string) => header.split(char).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

export function readCsvTable(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\uFFFD')) throw new CsvFormatError(['the file is not UTF-8; save it as "CSV UTF-8"']);
  if (body.trim() === '') throw new CsvFormatError(['the CSV file is empty']);
  const [header, ...records] = parseRecords(body);
  const columns = readHeader(header);
  const problems: string[] = [];
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.length !== columns.length) {
      problems.push(`row ${rowNumber}: has ${cells.length} cells, the header has ${columns.length}`);
      return;
    }
    rows.push({
      rowNumber,
      record: Object.fromEntries(columns.map((column, i) => [column, readCell(column, cells[i])])),
    });
  });
  if (problems.length) throw new CsvFormatError(problems);
  return { columns, rows };
}

function parseRecords(body: string): string[][] {
  try {
    return parse(body, { delimiter: detectDelimiter(body), relax_column_count: true });
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFormatError([`the CSV could not be read: ${error.message}`]);
    throw error;
  }
}

function readHeader(header: string[]): CsvColumn[] {
  const known = new Map(CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));
  const names = header.map((name) => name.trim());
  const columns = names.map((name) => known.get(name.toLowerCase()));
  const unknown = names.filter((_, i) => !columns[i]);
  const duplicates = columns.filter((column, i) => column && columns.indexOf(column) !== i);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  const problems = [
    ...(unknown.length
      ? [
          `unknown column(s): ${unknown.map((name) => `"${name}"`).join(', ')}; known columns are ${CSV_COLUMNS.join(', ')}`,
        ]
      : []),
    ...(duplicates.length ? [`column(s) given twice: ${duplicates.join(', ')}`] : []),
    ...(missing.length ? [`missing required column(s): ${missing.join(', ')}`] : []),
  ];
  if (problems.length) throw new CsvFormatError(problems);
  return columns as CsvColumn[];
}

/** Line breaks become LF whatever the spreadsheet wrote; only the abstract keeps its surrounding whitespace. */
function readCell(column: CsvColumn, raw: string): string {
  const cell = restoreFormula(raw.normalize('NFC')).replace(/\r\n?/g, '\n');
  return column === 'abstract' ? cell : cell.trim();
}
