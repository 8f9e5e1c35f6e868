import type { components } from '../generated/api';

/**
 * The public API's shapes the pages read, taken from the served OpenAPI document
 * (`npm run api:types` generates ../generated/api.d.ts): never copied by hand.
 */
type Schemas = components['schemas'];

export type EventInfo = Schemas['EventResponseDto'];
export type Room = Schemas['RoomResponseDto'];
export type Track = Schemas['TrackResponseDto'];
export type Slot = Schemas['SlotResponseDto'];
export type SlotKind = Slot['kind'];
export type Speaker = Schemas['SpeakerResponseDto'];
export type Presentation = Schemas['PresentationResponseDto'];
export type Session = Schemas['SessionResponseDto'];
export type SpeakerRole = Session['speakers'][number]['role'];
export type FeedDescription = Schemas['FeedDto'];
export type FeedLinks = Pick<FeedDescription, 'feedUrl' | 'webcalUrl'>;
export type FeedDirectory = Schemas['FeedDirectoryDto'];
export type Agenda = Schemas['AgendaResponseDto'];
export type AgendaProgram = Schemas['AgendaProgramDto'];

/** What the agenda page loads of one event (not an API shape: several reads put together). */
export interface Program {
  event: EventInfo;
  rooms: Room[];
  tracks: Track[];
  slots: Slot[];
  speakers: Speaker[];
  sessions: Session[];
}
