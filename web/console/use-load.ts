import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Outcome, Problem } from './http';

/** Loads something for a screen; `reload` asks again (after a write). */
export function useLoad<T>(load: () => Promise<Outcome<T>>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);
  const reload = useCallback(async () => {
    const outcome = await load();
    if (outcome.ok) {
      setData(outcome.data);
      setProblem(null);
    } else setProblem(outcome.problem);
  }, deps);
  useEffect(() => void reload(), [reload]);
  return { data, problem, reload };
}
