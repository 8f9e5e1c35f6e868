/** Collections of a backup document whose items carry ids. */
export const BACKUP_COLLECTIONS = [
  'tracks',
  'rooms',
  'slots',
  'speakers',
  'sessions',
  'presentations',
  'agendas',
] as const;

/** Maps every id of `before` to the id at the same place in `after` (exports are in a stable order). */
export function idMapping(before: any, after: any): Map<string, string> {
  const ids = new Map<string, string>([[before.event.id, after.event.id]]);
  for (const key of BACKUP_COLLECTIONS) {
    before[key].forEach((item: { id: string }, index: number) => ids.set(item.id, after[key][index]?.id));
  }
  return ids;
}

/**
 * Every field whose value differs between two exports once `before`'s ids are mapped to `after`'s,
 * as "path: before -> after". `ignore` lists paths not to compare (exportedAt, the slug...).
 */
export function fieldDifferences(before: any, after: any, ignore: string[] = []): string[] {
  const ids = idMapping(before, after);
  const differences: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (ignore.includes(path)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) differences.push(`${path}: ${a.length} items -> ${b.length} items`);
      a.forEach((item, index) => walk(item, b[index], `${path}[${index}]`));
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
        walk(a[key], b[key], path ? `${path}.${key}` : key);
      return;
    }
    const expected = typeof a === 'string' && ids.has(a) ? ids.get(a) : a;
    if (expected !== b) differences.push(`${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
  };
  walk(before, after, '');
  return differences;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
