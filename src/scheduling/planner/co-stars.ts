import { PlannerSession } from './planner-types';

/**
 * Attendee preferences as weighted pairs: w(i, j) = number of agendas that starred both i and j.
 * Each session to place gets its list of co-starred sessions; pairs of two fixed sessions only add
 * a constant to the score (their clashes, if they overlap).
 */
export function coStarPairs(
  agendas: string[][],
  sessions: PlannerSession[],
  isMovable: Uint8Array,
  fixedStart: Float64Array,
  fixedEnd: Float64Array,
): { neighbours: { ids: Int32Array; weights: Float64Array }[]; stars: Int32Array; fixedClashes: number } {
  const n = sessions.length;
  const index = new Map(sessions.map((s, i) => [s.id, i]));
  const stars = new Int32Array(n);
  const pairs = new Map<number, number>();
  let fixedClashes = 0;
  for (const agenda of agendas) {
    const starred = [...new Set(agenda.map((id) => index.get(id)).filter((i): i is number => i !== undefined))].sort(
      (a, b) => a - b,
    );
    for (let x = 0; x < starred.length; x++) {
      const a = starred[x];
      stars[a]++;
      for (let y = x + 1; y < starred.length; y++) {
        const b = starred[y];
        if (!isMovable[a] && !isMovable[b]) {
          if (fixedStart[a] < fixedEnd[b] && fixedStart[b] < fixedEnd[a]) fixedClashes++;
          continue;
        }
        const key = a * n + b;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const degree = new Int32Array(n);
  for (const key of pairs.keys()) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (isMovable[a]) degree[a]++;
    if (isMovable[b]) degree[b]++;
  }
  const neighbours = Array.from(degree, (d) => ({ ids: new Int32Array(d), weights: new Float64Array(d) }));
  const filled = new Int32Array(n);
  const link = (from: number, to: number, weight: number) => {
    neighbours[from].ids[filled[from]] = to;
    neighbours[from].weights[filled[from]++] = weight;
  };
  // Map iteration follows insertion order, which follows the agendas: deterministic.
  for (const [key, weight] of pairs) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (isMovable[a]) link(a, b, weight);
    if (isMovable[b]) link(b, a, weight);
  }
  return { neighbours, stars, fixedClashes };
}
