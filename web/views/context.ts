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

export function typeLabel(type: string): string {
  const text = type.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function speakerNames(session: TimedSession): string {
  return session.speakers.map((speaker) => speaker.name).join(', ');
}
