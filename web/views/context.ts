import { MessageKey, t } from '../locale';
import { NowNext } from '../lib/now-next';
import { ProgramIndex, TimedSession } from '../lib/program-index';
import { FeedDirectory } from '../lib/types';
import { StarStore } from '../star-store';

/** What every view reads: the program, the stars, the zone times are shown in, the live markers. */
export interface ViewContext {
  index: ProgramIndex;
  stars: StarStore;
  /** the zone times are shown in: the event's, or the viewer's when they asked for it */
  zone: string;
  live: NowNext;
  feeds?: FeedDirectory;
}

/** A session type or status in words; one the catalog does not know yet is shown as it is spelled. */
export function typeLabel(type: string): string {
  const key = `type.${type}` as MessageKey;
  const words = t(key);
  return words === key ? type : words;
}

export function statusLabel(status: string): string {
  const key = `status.${status}` as MessageKey;
  const words = t(key);
  return words === key ? status : words;
}

export function speakerNames(session: TimedSession): string {
  return session.speakers.map((speaker) => speaker.name).join(', ');
}
