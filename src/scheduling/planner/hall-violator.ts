/**
 * Hall's theorem as an explanation: if sessions must each get a distinct resource (a start time
 * of one speaker, a room at a slot), a maximum bipartite matching (Hopcroft-Karp) that leaves one
 * unmatched yields a set S of sessions whose possible resources N(S) are fewer than |S|: proof
 * that they cannot all be placed. The set is then shrunk while it stays too big for its resources.
 */
export function hallViolator(
  adjacency: number[][],
  rightCount: number,
): { sessions: number[]; resources: number[] } | null {
  const { matchLeft, matchRight } = maximumMatching(adjacency, rightCount);
  const unmatched = matchLeft.findIndex((right) => right < 0);
  if (unmatched < 0) return null;
  const inS = new Set<number>([unmatched]);
  const inN = new Set<number>();
  const queue = [unmatched];
  while (queue.length) {
    const left = queue.pop()!;
    for (const right of adjacency[left]) {
      if (inN.has(right)) continue;
      inN.add(right);
      const next = matchRight[right];
      if (next >= 0 && !inS.has(next)) {
        inS.add(next);
        queue.push(next);
      }
    }
  }
  return shrink(
    [...inS].sort((a, b) => a - b),
    adjacency,
  );
}

function shrink(members: number[], adjacency: number[][]): { sessions: number[]; resources: number[] } {
  const uses = new Map<number, number>();
  for (const left of members) for (const right of adjacency[left]) uses.set(right, (uses.get(right) ?? 0) + 1);
  let kept = members.length;
  const keep = new Set(members);
  for (const left of members) {
    const freed = adjacency[left].filter((right) => uses.get(right) === 1).length;
    if (kept - 1 > uses.size - freed) {
      keep.delete(left);
      kept--;
      for (const right of adjacency[left]) {
        const count = uses.get(right)! - 1;
        if (count === 0) uses.delete(right);
        else uses.set(right, count);
      }
    }
  }
  return { sessions: [...keep], resources: [...uses.keys()].sort((a, b) => a - b) };
}

export function maximumMatching(
  adjacency: number[][],
  rightCount: number,
): { matchLeft: Int32Array; matchRight: Int32Array } {
  const n = adjacency.length;
  const matchLeft = new Int32Array(n).fill(-1);
  const matchRight = new Int32Array(rightCount).fill(-1);
  const dist = new Int32Array(n);
  const bfs = (): boolean => {
    const queue: number[] = [];
    let found = false;
    for (let u = 0; u < n; u++) {
      dist[u] = matchLeft[u] < 0 ? 0 : -1;
      if (dist[u] === 0) queue.push(u);
    }
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (const v of adjacency[u]) {
        const w = matchRight[v];
        if (w < 0) found = true;
        else if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          queue.push(w);
        }
      }
    }
    return found;
  };
  const dfs = (u: number): boolean => {
    for (const v of adjacency[u]) {
      const w = matchRight[v];
      if (w < 0 || (dist[w] === dist[u] + 1 && dfs(w))) {
        matchLeft[u] = v;
        matchRight[v] = u;
        return true;
      }
    }
    dist[u] = -1;
    return false;
  };
  while (bfs()) for (let u = 0; u < n; u++) if (matchLeft[u] < 0) dfs(u);
  return { matchLeft, matchRight };
}
