export type FieldChanges = Record<string, { before?: unknown; after?: unknown }>;

/** Bookkeeping fields every write changes; they say nothing about what the organizer did. */
const IGNORED = new Set(['version', 'updatedAt', 'programVersion', 'warnings', 'createdAt']);
/** Returned once to the caller (a webhook's signing secret) and never written to the audit log. */
const SECRETS = new Set(['secret']);

/** The top-level fields that differ between two JSON responses, with both values. */
export function changedFields(before: unknown, after: unknown): FieldChanges {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (IGNORED.has(key) || SECRETS.has(key)) continue;
    if (JSON.stringify(from[key]) === JSON.stringify(to[key])) continue;
    changes[key] = { ...(key in from && { before: from[key] }), ...(key in to && { after: to[key] }) };
  }
  return changes;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
