/**
 * What the parse worker threads run: the request body arrives as bytes (transferred, not copied)
 * and is decoded, checked and parsed here, so the event loop never holds the decoded text or the
 * parse tree. Results cross back as data; errors come back as plain problems.
 */
import type { MessagePort } from 'node:worker_threads';
import secureJson from 'secure-json-parse';
import type { BackupDocument } from '../../backup/backup-document';
import type { CsvTable } from '../../csv/csv-table';
import { ImportChecks, importProblems } from '../../interop/import-checks';
import { ScheduleXmlReader } from '../../interop/frab-xml.parser';
import { readScheduleDocument } from '../../interop/read-schedule-document';
import { ImportedSchedule, ScheduleFormatError } from '../../interop/schedule-model';
import { decodeUtf8, jsonBodyProblem, textBodyProblem } from '../http/body-guard';
import { BodyAborted, bodyPieces, decodedPieces, PIECE_BYTES } from './body-stream';
import { ChunkSender } from './chunked-transfer';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * A body as the HTTP layer received it: still arriving, through a port (see body-stream.ts), or
 * whole, its bytes moved to this thread; or text from a caller in process.
 */
export type BodyInput = { stream: MessagePort } | { bytes: ArrayBuffer } | { text: string };

class BodyProblem extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

interface ProblemsError extends Error {
  problems: string[];
}
type ProblemsErrorClass = new (...args: never[]) => ProblemsError;

function problemsOf(error: unknown, formatErrors: ProblemsErrorClass[]): string[] {
  if ([ScheduleFormatError, BodyProblem, ...formatErrors].some((kind) => error instanceof kind))
    return (error as ProblemsError).problems;
  if (error instanceof SyntaxError) return [`the body is not valid JSON: ${error.message}`];
  if (error instanceof BodyAborted) return [error.message]; // nobody waits for this answer
  throw error;
}

async function attempt<T>(work: () => T | Promise<T>, ...formatErrors: ProblemsErrorClass[]): Promise<Parsed<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, problems: problemsOf(error, formatErrors) };
  }
}

/** The body's text; bytes are released as soon as they are decoded (the text is a copy). */
async function takeText(input: BodyInput): Promise<string> {
  if ('text' in input) return input.text;
  if ('stream' in input) {
    const parts: string[] = [];
    for await (const piece of textPieces(input)) parts.push(piece);
    return parts.join('');
  }
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

async function readText(input: BodyInput): Promise<string> {
  const text = await takeText(input);
  const problem = textBodyProblem(text);
  if (problem) throw new BodyProblem([problem]);
  return text;
}

/**
 * A program file (schedule.xml/json, Sessionize, Indico), with the checks of its values. The
 * sessions go to the event loop a chunk at a time through the task's port as they are read, then
 * the head (see ChunkSender). A schedule.xml is decoded and read a piece at a time: neither its
 * whole text nor a tree of it, nor all its sessions, are held here at once.
 */
export async function scheduleFromBody(input: BodyInput & { timezone?: string; port: MessagePort }): Promise<void> {
  const sender = new ChunkSender(input.port);
  const checks = new ImportChecks();
  const parsed = await attempt(async () => {
    const pieces = textPieces(input);
    const first = await pieces.next();
    const start = first.done ? '' : first.value;
    if (!/^\uFEFF?\s*</.test(start.slice(0, 1000))) {
      const { events, ...head } = await wholeDocument(start, pieces, input.timezone);
      for (const event of events) sender.add(event);
      return head;
    }
    const reader = new ScheduleXmlReader((event) => {
      checks.add(event);
      sender.add(event);
    }, input.timezone);
    // NUL as in a whole-text body (strictly decoded bytes cannot hold a lone surrogate; the
    // caller's text is checked whole, as it is there anyway).
    const problem = 'text' in input ? textBodyProblem(input.text) : undefined;
    if (problem) throw new BodyProblem([problem]);
    let lines = 0;
    for (let piece = start.replace(/^\uFEFF/, '').trimStart(), next = await pieces.next(); ;) {
      const nul = piece.indexOf('\u0000');
      if (nul >= 0)
        throw new BodyProblem([
          `body must not contain NUL characters (line ${lines + 1 + newlinesIn(piece.slice(0, nul))})`,
        ]);
      lines += newlinesIn(piece);
      reader.write(piece);
      if (next.done) break;
      piece = next.value;
      next = await pieces.next();
    }
    const head = reader.finish();
    const problems = checks.problems(head.title);
    if (problems.length) throw new BodyProblem(problems);
    return head;
  });
  sender.end(parsed.ok ? { ok: true, value: { ...parsed.value, events: [] } } : parsed);
}

/** A JSON program (or anything not XML), read whole as before. */
async function wholeDocument(start: string, rest: AsyncIterator<string>, timezone?: string): Promise<ImportedSchedule> {
  const parts = [start];
  for (let next = await rest.next(); !next.done; next = await rest.next()) parts.push(next.value);
  const text = parts.join('');
  parts.length = 0;
  const document = looksLikeJson(text) ? readJson(text) : text;
  if (typeof document === 'string') {
    const problem = textBodyProblem(document);
    if (problem) throw new BodyProblem([problem]);
  }
  const schedule = readScheduleDocument(document, timezone);
  const problems = importProblems(schedule);
  if (problems.length) throw new BodyProblem(problems);
  return schedule;
}

/** The body's text a megabyte at a time, strictly decoded; the caller's text in pieces of the same size. */
async function* textPieces(input: BodyInput): AsyncGenerator<string> {
  if ('text' in input) {
    for (let at = 0; at < input.text.length || at === 0; at += PIECE_BYTES)
      yield input.text.slice(at, at + PIECE_BYTES);
    return;
  }
  let empty = true;
  for await (const piece of decodedPieces(bytePieces(input), strictDecode)) {
    empty = false;
    yield piece;
  }
  if (empty) yield '';
}

/** The bytes as they arrive, or the whole body's a megabyte at a time (released as they are read). */
function bytePieces(
  input: { stream: MessagePort } | { bytes: ArrayBuffer },
): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  if ('stream' in input) return bodyPieces(input.stream);
  const bytes = new Uint8Array(input.bytes);
  (input as { bytes?: ArrayBuffer }).bytes = undefined;
  return (function* () {
    for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
  })();
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictDecode(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new BodyProblem(['body is not valid UTF-8']);
  }
}

function newlinesIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export type PackedScheduleHead = Parsed<ImportedSchedule>;

// The CSV and backup modules are loaded on first use: a schedule import does not need them, and
// through the entities they import they would take this thread tens of megabytes (TypeORM).

export async function csvTable(input: BodyInput): Promise<Parsed<CsvTable>> {
  const { CsvFormatError, readCsvTable } = await import('../../csv/csv-table');
  return attempt(async () => readCsvTable(await readText(input)), CsvFormatError);
}

/** A backup document, checked in full: its shape, its references and the program's invariants. */
export async function backupDocument(input: BodyInput): Promise<Parsed<BackupDocument>> {
  const { backupDocumentProblems } = await import('../../backup/backup-validator');
  const { programProblems } = await import('../../backup/backup-invariants');
  return attempt(async () => {
    const document = readJson(await takeText(input));
    const problems = backupDocumentProblems(document);
    if (problems.length === 0) problems.push(...programProblems(document as BackupDocument));
    if (problems.length) throw new BodyProblem(problems);
    return document as BackupDocument;
  });
}
