import { hash } from 'node:crypto';

/**
 * How a file names a person, stored as the speaker's external id: every identifier the file gave,
 * strongest first (`guid:…|id:4744|code:ABC123`), or the name when it gave none. Re-imports match
 * on any part, so a file that writes the guid and one that writes only the id find the same speaker.
 */
export function personExternalId(person: { guid?: string; id?: string | number; code?: string; name: string }): string {
  const parts = [
    person.guid && `guid:${String(person.guid).trim().toLowerCase()}`,
    person.id !== undefined &&
      person.id !== null &&
      String(person.id).trim() !== '' &&
      `id:${String(person.id).trim()}`,
    person.code && `code:${String(person.code).trim()}`,
  ].filter((part): part is string => !!part);
  return (parts.length ? parts : [`name:${person.name}`]).join('|').slice(0, 100);
}

/** The parts of a stored external id (older rows hold a single `id:…`). */
export function externalIdParts(externalId: string | null | undefined): string[] {
  return externalId ? externalId.split('|').filter(Boolean) : [];
}

/**
 * The id and guid a speaker is exported with, so that importing the export finds this speaker
 * again and a second export writes the same numbers: the file's own id and guid when it had
 * them, else numbers derived from what it had, else from our uuid.
 */
export function exportedPersonIdentity(
  externalId: string | null | undefined,
  uuid: string,
): { id: number; guid: string } {
  const parts = externalIdParts(externalId);
  const part = (prefix: string) => parts.find((p) => p.startsWith(prefix))?.slice(prefix.length);
  const sourceGuid = part('guid:');
  const guid = sourceGuid && UUID.test(sourceGuid) ? sourceGuid : parts.length ? derivedUuid(parts[0]) : uuid;
  const sourceId = /^\d{1,9}$/.test(part('id:') ?? '') ? Number(part('id:')) : 0;
  return { id: sourceId > 0 ? sourceId : numberFrom(guid), guid };
}

/** Stable positive integer from a string (the frab person id is an integer). */
export function numberFrom(value: string): number {
  return (parseInt(hash('sha1', value, 'hex').slice(0, 8), 16) % 2_000_000_000) + 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A name-based (version 5 layout) uuid for a person the file identified without a guid. */
function derivedUuid(name: string): string {
  const hex = hash('sha1', `agenda-planner person ${name}`, 'hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
