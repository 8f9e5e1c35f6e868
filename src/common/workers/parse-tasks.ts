/**
 * What the parse worker threads run: the existing parsers, unchanged, called off the event loop.
 * Results cross the thread boundary by structured clone, so errors come back as plain problems.
 */
import { CsvFormatError, CsvTable, readCsvTable } from '../../csv/csv-table';
import { readScheduleDocument } from '../../interop/read-schedule-document';
import { ImportedSchedule, ScheduleFormatError } from '../../interop/schedule-model';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function problemsOf(error: unknown): string[] {
  if (error instanceof ScheduleFormatError || error instanceof CsvFormatError) return error.problems;
  if (error instanceof SyntaxError) return [`the body is not valid JSON: ${error.message}`];
  throw error;
}

/** A program file sent as text (see ScheduleImportService.parse). */
export function scheduleFromText({ text, timezone }: { text: string; timezone?: string }): Parsed<ImportedSchedule> {
  try {
    return { ok: true, value: readScheduleDocument(text, timezone) };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}

export function csvTable({ text }: { text: string }): Parsed<CsvTable> {
  try {
    return { ok: true, value: readCsvTable(text) };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}
