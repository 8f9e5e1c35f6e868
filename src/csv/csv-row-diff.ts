import { parseInstant } from '../time/instants';

/** The stored session as far as a CSV row can change it. */
export interface StoredSessionState {
  startsAt: Date | null;
  endsAt: Date | null;
  speakers: { speakerId: string; role: string; position: number }[];
}

/** True when writing the row would change nothing: every field the row sets already has that value. */
export function isUnchanged(write: Record<string, unknown>, stored: StoredSessionState): boolean {
  const storedField = (field: string) => (stored as unknown as Record<string, unknown>)[field] ?? null;
  return Object.entries(write).every(([field, value]) => {
    if (value === undefined) return true;
    if (field === 'speakers') return sameSpeakers(value as { speakerId: string; role?: string }[], stored.speakers);
    if (field === 'startsAt' || field === 'endsAt') {
      const instant = typeof value === 'string' ? parseInstant(value).getTime() : null;
      return instant === (stored[field]?.getTime() ?? null);
    }
    return (value ?? null) === storedField(field);
  });
}

function sameSpeakers(wanted: { speakerId: string; role?: string }[], stored: StoredSessionState['speakers']): boolean {
  const current = [...stored].sort((a, b) => a.position - b.position);
  return (
    wanted.length === current.length &&
    wanted.every(
      (speaker, i) => speaker.speakerId === current[i].speakerId && (speaker.role ?? 'speaker') === current[i].role,
    )
  );
}
