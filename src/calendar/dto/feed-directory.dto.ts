export class FeedDto {
  /** The track's, room's or speaker's id (absent for the whole event). */
  id?: string;
  name: string;
  /** https link: copy it, or "add by URL" in Google Calendar. */
  feedUrl: string;
  /** webcal link: one-click subscribe in Apple Calendar, Outlook, Thunderbird. */
  webcalUrl: string;
}

/** Every public calendar feed of a published event. */
export class FeedDirectoryDto {
  event: FeedDto;
  tracks: FeedDto[];
  rooms: FeedDto[];
  speakers: FeedDto[];
}
