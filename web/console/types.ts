import type { Schemas } from '../lib/api-client';

/** The shapes the console reads: the served OpenAPI document's schemas (generated, never copied). */
export type Me = Schemas['MeResponseDto'];
export type LoginSession = Schemas['SessionInfoDto'];
export type EventItem = Schemas['EventResponseDto'];
export type Track = Schemas['TrackResponseDto'];
export type Room = Schemas['RoomResponseDto'];
export type Slot = Schemas['SlotResponseDto'];
export type SlotKind = Slot['kind'];
export type Window = NonNullable<Schemas['SpeakerResponseDto']['availability']>[number];
export type Speaker = Schemas['SpeakerResponseDto'];
export type SpeakerRole = Schemas['SessionSpeakerResponseDto']['role'];
export type Presentation = Schemas['PresentationResponseDto'];
export interface Warning {
  kind: string;
  message?: string;
  [detail: string]: unknown;
}
export type Session = Schemas['SessionResponseDto'];
export interface SessionRef {
  id: string;
  title: string;
}
export type Changelog = Schemas['ChangelogDto'];
export type VersionSummary = Schemas['VersionSummaryDto'];
/** One person of a session as the form holds them. */
export interface SpeakerLink {
  speakerId: string;
  role: SpeakerRole;
}
