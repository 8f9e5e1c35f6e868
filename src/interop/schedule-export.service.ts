import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { errorBody } from '../common/errors';
import { SingleFlight } from '../common/single-flight';
import { RenderedDocument, renderDocument } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventsService } from '../events/events.service';
import { PublishedSession } from '../versions/published-program';
import { PublishedPrograms } from '../program-read/published-programs.service';
import { LatestVersion } from '../versions/version-summary';
import { ExportProgram, ExportSession, normalizedUrl, UNASSIGNED_ROOM } from './export-program';
import { exportedPersonIdentity } from './person-identity';
import { sessionPageUrl } from './session-page-url';
import { writeScheduleJson } from './schedule-json.writer';
import { scheduleXmlChunks } from './schedule-xml.writer';

export type ScheduleFormat = 'xml' | 'json';

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** schedule.xml / schedule.json of the latest published version, built once per version. */
@Injectable()
export class ScheduleExportService {
  private readonly cache = new Map<string, { version: number; document: RenderedDocument }>();
  private readonly building = new SingleFlight<RenderedDocument>();

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly published: PublishedPrograms,
  ) {}

  async render(eventId: string, format: ScheduleFormat): Promise<RenderedDocument> {
    const event = await this.events.findPublished(eventId);
    const latest = await this.published.latest(eventId);
    if (!latest) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    const key = `${event.id}:${format}`;
    const cached = this.cache.get(key);
    if (cached?.version === latest.number) return cached.document;
    return this.building.run(`${key}:v${latest.number}`, async () => {
      const program = this.program(event.id, latest, format);
      const content = format === 'xml' ? scheduleXmlChunks(program) : JSON.stringify(writeScheduleJson(program));
      const document = await renderDocument(content, {
        lastModified: new Date(latest.publishedAt),
        filename: `${event.slug}-schedule.${format}`,
        contentType: CONTENT_TYPES[format],
        cacheControl: 'public, max-age=300',
      });
      if ((this.cache.get(key)?.version ?? 0) <= latest.number)
        this.cache.set(key, { version: latest.number, document });
      return document;
    });
  }

  /** The latest published version as the writers need it: scheduled, not cancelled, names resolved. */
  program(eventId: string, latest: LatestVersion, format: ScheduleFormat): ExportProgram {
    const { event, rooms, tracks, speakers, sessions } = latest.program;
    const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
    const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
    const persons = new Map(
      speakers.map((speaker) => [
        speaker.id,
        {
          ...exportedPersonIdentity(speaker.externalId, speaker.id),
          ...(speaker.bio && { biography: speaker.bio }),
          ...(speaker.avatarUrl && { avatar: speaker.avatarUrl }),
        },
      ]),
    );
    const base = this.config.publicBaseUrl;
    return {
      title: event.name,
      slug: event.slug,
      timezone: event.timezone,
      startDate: event.startDate,
      endDate: event.endDate,
      dayChange: event.dayChange,
      timeslotMinutes: event.timeslotMinutes,
      venue: event.venue,
      city: event.city,
      version: latest.name ?? String(latest.number),
      baseUrl: `${base}/`,
      scheduleUrl: `${base}/api/events/${eventId}/schedule.${format}`,
      tracks: tracks.map((track) => ({ name: track.name, ...(track.color && { color: track.color.toLowerCase() }) })),
      rooms: rooms.map((room) => ({ id: room.id, guid: exportedGuid(room.externalId, room.id), name: room.name })),
      sessions: sessions
        .filter((session) => session.status !== 'cancelled')
        .map((session): ExportSession => ({
          guid: exportedGuid(session.externalId, session.id),
          numericId: session.numericId || 1,
          title: session.title,
          subtitle: session.subtitle,
          abstract: session.abstract,
          description: describe(session),
          type: session.sourceType ?? session.type,
          language: session.language,
          slug: session.slug,
          feedbackUrl: normalizedUrl(session.feedbackUrl),
          logo: session.logo,
          attachments: session.attachments ?? [],
          doNotRecord: session.doNotRecord,
          track: session.trackId ? trackNames.get(session.trackId) : undefined,
          room: (session.roomId && roomNames.get(session.roomId)) || UNASSIGNED_ROOM,
          roomId: session.roomId,
          start: Date.parse(session.startsAt!),
          end: Date.parse(session.endsAt!),
          url: normalizedUrl(session.url) ?? sessionPageUrl(base, event.slug, session.id),
          links: (session.links ?? []).flatMap((link) => {
            const href = normalizedUrl(link.href);
            return href ? [{ href, title: link.title }] : [];
          }),
          persons: session.speakers.map((link) => ({
            ...(persons.get(link.speakerId) ?? exportedPersonIdentity(null, link.speakerId)),
            name: link.name,
          })),
        })),
    };
  }
}

/** The guid a record was imported with, when it is one, so a re-import elsewhere keeps it; else our id. */
function exportedGuid(externalId: string | null | undefined, id: string): string {
  return externalId && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(externalId)
    ? externalId
    : id;
}

/**
 * Presentations of a paper session go into its description, in order with times and authors:
 * frab consumers treat an event as one block of a room (recording, signage), so separate,
 * nested events would look like a double booking.
 */
function describe(session: PublishedSession): string | undefined {
  const presentations = session.presentations;
  if (presentations.length === 0) return session.description;
  const lines = presentations.map((p) => {
    const time = `${p.startsAt.slice(11, 16)}-${p.endsAt.slice(11, 16)}`;
    const authors = p.authors.map((author) => author.name).join(', ');
    return `${time} ${p.title}${authors ? ` (${authors})` : ''}`;
  });
  return [session.description, `Presentations:\n${lines.join('\n')}`].filter(Boolean).join('\n\n');
}
