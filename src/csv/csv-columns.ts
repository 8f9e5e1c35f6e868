/** The spreadsheet's columns, in export order. `version` guards updates against unseen concurrent edits. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'subtitle',
  'type',
  'status',
  'track',
  'room',
  'timezone',
  'start',
  'end',
  'durationMinutes',
  'speakers',
  'language',
  'expectedAttendance',
  'abstract',
  'version',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['id', 'title', 'type'];

/** One row by column name; a column missing from an imported file is absent (undefined), an empty cell is ''. */
export type CsvRecord = Partial<Record<CsvColumn, string>>;

export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  rowNumber: number;
  record: CsvRecord;
}
