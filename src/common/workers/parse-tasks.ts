/**
 * What the parse worker threads run: the request body arrives as bytes (transferred, not copied)
 * and is decoded, checked and parsed here, so the event loop never holds the decoded text or the
 * parse tree. Results cross back as data; errors come back as plain problems.
 */
import { Piscina } from 'piscina';
import secureJson from 'secure-json-parse';
import { BackupDocument } from '../../backup/backup-document';
import { programProblems } from '../../backup/backup-invariants';
import { backupDocumentProblems } from '../../backup/backup-validator';
import { CsvFormatError, CsvTable, readCsvTable } from '../../csv/csv-table';
import { importProblems } from '../../interop/import-values';
import { readScheduleDocument } from '../../interop/read-schedule-document';
import { ImportedSchedule, ScheduleFormatError } from '../../interop/schedule-model';
import { decodeUtf8, jsonBodyProblem, textBodyProblem } from '../http/body-guard';
import { Packed, packInChunks, transferablesOf } from './chunked-transfer';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** A body as the HTTP layer received it: its bytes (moved to this thread), or text from a caller in process. */
export type BodyInput = { bytes: ArrayBuffer } | { text: string };

class BodyProblem extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

function problemsOf(error: unknown): string[] {
  if (error instanceof ScheduleFormatError || error instanceof CsvFormatError || error instanceof BodyProblem)
    return error.problems;
  if (error instanceof SyntaxError) return [`the body is not valid JSON: ${error.message}`];
  throw error;
}

function attempt<T>(work: () => T): Parsed<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}

/** The body's text; the bytes are released as soon as they are decoded (the text is a copy). */
function takeText(input: BodyInput): string {
  if ('text' in input) return input.text;
  const text = decodeUtf8(new Uint8Array(input.bytes));
  (input as { bytes?: ArrayBuffer }).bytes = undefined;
  if (text === undefined) throw new BodyProblem(['body is not valid UTF-8']);
  return text;
}

const looksLikeJson = (text: string) => /^\uFEFF?\s*[{[]/.test(text.slice(0, 1000));

/** JSON as the HTTP layer's JSON parser takes it: no prototype poisoning, no deep nesting, no NUL or lone surrogate. */
function readJson(text: string): unknown {
  const value: unknown = secureJson.parse(text.replace(/^\uFEFF/, ''), undefined, {
    protoAction: 'error',
    constructorAction: 'error',
  });
  const problem = jsonBodyProblem(value);
  if (problem) throw new BodyProblem([problem]);
  return value;
}

function readText(input: BodyInput): string {
  const text = takeText(input);
  const problem = textBodyProblem(text);
  if (problem) throw new BodyProblem([problem]);
  return text;
}

/**
 * A program file (schedule.xml/json, Sessionize, Indico), with the checks of its values, packed
 * so the event loop can unpack the sessions a chunk at a time (see unpackInChunks).
 */
export function scheduleFromBody(input: BodyInput & { timezone?: string }): Packed {
  const parsed = attempt(() => {
    const text = takeText(input);
    const document = looksLikeJson(text) ? readJson(text) : text;
    if (typeof document === 'string') {
      const problem = textBodyProblem(document);
      if (problem) throw new BodyProblem([problem]);
    }
    const schedule = readScheduleDocument(document, input.timezone);
    const problems = importProblems(schedule);
    if (problems.length) throw new BodyProblem(problems);
    return schedule;
  });
  if (!parsed.ok) return moved(packInChunks(parsed, []));
  const { events, ...rest } = parsed.value;
  return moved(packInChunks({ ok: true, value: { ...rest, events: [] } }, events));
}

/** Transferred to the event loop's thread, not copied (Piscina unwraps it there). */
function moved(packed: Packed): Packed {
  const transferables = transferablesOf(packed);
  const movable = { [Piscina.transferableSymbol]: transferables, [Piscina.valueSymbol]: packed };
  return Piscina.move(movable as never) as unknown as Packed;
}

export type PackedScheduleHead = Parsed<ImportedSchedule>;

export function csvTable(input: BodyInput): Parsed<CsvTable> {
  return attempt(() => readCsvTable(readText(input)));
}

/** A backup document, checked in full: its shape, its references and the program's invariants. */
export function backupDocument(input: BodyInput): Parsed<BackupDocument> {
  return attempt(() => {
    const document = readJson(takeText(input));
    const problems = backupDocumentProblems(document);
    if (problems.length === 0) problems.push(...programProblems(document as BackupDocument));
    if (problems.length) throw new BodyProblem(problems);
    return document as BackupDocument;
  });
}
