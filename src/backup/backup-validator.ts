import { isPlainObject, record } from './backup-checks';
import { BackupDocument } from './backup-document';
import { backupDocumentShape, formatFields } from './backup-schema';

/**
 * Everything structurally wrong with a would-be backup document, each problem naming its path;
 * an empty list means the document can be read as a BackupDocument. Pure: no database.
 */
export function backupDocumentProblems(body: unknown): string[] {
  if (!isPlainObject(body))
    return ['the body must be a backup document: a JSON object with format "agenda-planner-backup"'];
  const formatProblems = record(formatFields)(body, '');
  if (formatProblems.length) return formatProblems;
  const shapeProblems = backupDocumentShape(body, '');
  if (shapeProblems.length) return shapeProblems;
  return referenceProblems(body as unknown as BackupDocument);
}

/** Ids unique per collection, and every reference pointing at a record inside the document. */
export function referenceProblems(doc: BackupDocument): string[] {
  const collections = {
    tracks: doc.tracks,
    rooms: doc.rooms,
    slots: doc.slots,
    speakers: doc.speakers,
    sessions: doc.sessions,
    presentations: doc.presentations,
    agendas: doc.agendas,
  };
  const problems = Object.entries(collections).flatMap(([name, items]) =>
    duplicates(
      items.map((item) => item.id),
      (index, first) => `${name}[${index}].id duplicates ${name}[${first}].id`,
    ),
  );
  problems.push(
    ...duplicates(
      doc.sessions.map((s) => s.numericId),
      (index, first) => `sessions[${index}].numericId duplicates sessions[${first}].numericId`,
    ),
    ...duplicates(
      doc.agendas.map((a) => a.tokenHash),
      (index, first) => `agendas[${index}].tokenHash duplicates agendas[${first}].tokenHash`,
    ),
  );
  const known = Object.fromEntries(
    Object.entries(collections).map(([name, items]) => [name, new Set(items.map((item) => item.id))]),
  );
  const refer = (path: string, value: string | null | undefined, target: keyof typeof collections, noun: string) => {
    if (value != null && !known[target].has(value)) problems.push(`${path} refers to no ${noun} in the document`);
  };

  doc.sessions.forEach((session, index) => {
    const path = `sessions[${index}]`;
    refer(`${path}.trackId`, session.trackId, 'tracks', 'track');
    refer(`${path}.roomId`, session.roomId, 'rooms', 'room');
    refer(`${path}.slotId`, session.slotId, 'slots', 'slot');
    const links = session.speakers ?? [];
    links.forEach((link, position) =>
      refer(`${path}.speakers[${position}].speakerId`, link.speakerId, 'speakers', 'speaker'),
    );
    problems.push(
      ...duplicates(
        links.map((link) => link.speakerId),
        (position) => `${path}.speakers[${position}].speakerId lists a speaker twice`,
      ),
    );
  });
  doc.presentations.forEach((presentation, index) => {
    refer(`presentations[${index}].sessionId`, presentation.sessionId, 'sessions', 'session');
    (presentation.authors ?? []).forEach((author, position) =>
      refer(`presentations[${index}].authors[${position}].speakerId`, author.speakerId, 'speakers', 'speaker'),
    );
  });
  doc.agendas.forEach((agenda, index) =>
    agenda.sessionIds.forEach((sessionId, position) =>
      refer(`agendas[${index}].sessionIds[${position}]`, sessionId, 'sessions', 'session'),
    ),
  );
  return problems;
}

/** One problem for each key met again, described by its index and the index where it first appeared. */
function duplicates<K>(keys: (K | null | undefined)[], describe: (index: number, first: number) => string): string[] {
  const seen = new Map<K, number>();
  return keys.flatMap((key, index) => {
    if (key == null) return [];
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    return first === undefined ? [] : [describe(index, first)];
  });
}
