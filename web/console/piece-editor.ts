import { useRef, useState } from 'preact/hooks';
import { useDraft } from './drafts';
import type { Problem } from './http';
import type { Warning } from './types';
import { type PieceKind, pieces } from './writes';

interface Versioned {
  id: string;
  version: number;
  warnings?: Warning[];
}

/**
 * The form state of one program piece (new or being edited): the draft survives errors and
 * sign-ins, the version read goes out as If-Match, a 412 offers "load theirs" or "save mine over it".
 */
export function usePieceEditor<T extends Versioned, D extends object>(options: {
  kind: PieceKind;
  eventId: string;
  empty: () => D;
  toDraft: (item: T) => D;
  toBody: (draft: D) => object;
  saved: (item: T) => Promise<void> | void;
}) {
  const { kind, eventId } = options;
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  const seed = useRef<D | null>(null); // the record opened for editing, before any typing
  const [draft, update, reset] = useDraft<D>(
    `${kind}:${eventId}:${editing?.id ?? 'new'}`,
    () => seed.current ?? options.empty(),
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [warnings, setWarnings] = useState<Warning[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const open = (item: T | null) => {
    setProblem(null);
    setWarnings(undefined);
    seed.current = item ? options.toDraft(item) : null;
    setEditing(item ? { id: item.id, version: item.version } : null);
    reset(seed.current ?? options.empty());
  };

  const save = async (version = editing?.version) => {
    setBusy(true);
    const body = options.toBody(draft);
    const outcome = editing
      ? await pieces.update<T>(kind, eventId, editing.id, body, version)
      : await pieces.create<T>(kind, eventId, body);
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.problem);
    setProblem(null);
    setWarnings(outcome.data.warnings);
    seed.current = null;
    setEditing(null);
    reset(options.empty());
    await options.saved(outcome.data);
  };

  /** After a 412: the current record replaces the form (the other person's change wins). */
  const reloadTheirs = async () => {
    if (!editing) return;
    const outcome = await pieces.get<T>(kind, eventId, editing.id);
    if (!outcome.ok) return setProblem(outcome.problem);
    setProblem(null);
    seed.current = options.toDraft(outcome.data);
    setEditing({ id: outcome.data.id, version: outcome.data.version });
    reset(seed.current);
  };

  /** After a 412: what the organizer typed is saved against the current version, knowingly. */
  const overwrite = async () => {
    if (!editing) return;
    const outcome = await pieces.get<T>(kind, eventId, editing.id);
    if (!outcome.ok) return setProblem(outcome.problem);
    setEditing({ id: editing.id, version: outcome.data.version });
    await save(outcome.data.version);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    void save();
  };

  return {
    editing,
    draft,
    update,
    problem,
    warnings,
    busy,
    open,
    submit,
    reloadTheirs: () => void reloadTheirs(),
    overwrite: () => void overwrite(),
  };
}
