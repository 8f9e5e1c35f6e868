import type { Lang } from '../lib/i18n';

export interface ScheduleEditorProps {
  eventId: string;
  lang: Lang;
}

/** The schedule editor (rooms × time grid). Mounted by the organizer console at /organizer/events/:eventId/schedule. */
export function ScheduleEditor({ eventId }: ScheduleEditorProps) {
  return <p data-event-id={eventId}>The schedule editor is being built.</p>;
}
