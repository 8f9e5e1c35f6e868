import { formatInstant } from '../time/instants';
import { SpeakerResponseDto } from './dto/speaker-response.dto';
import { SpeakerEntity } from './speaker.entity';

export function mapSpeaker(speaker: SpeakerEntity, timezone: string, withPrivate = true): SpeakerResponseDto {
  return {
    id: speaker.id,
    name: speaker.name,
    ...(speaker.affiliation != null && { affiliation: speaker.affiliation }),
    ...(speaker.bio != null && { bio: speaker.bio }),
    ...(withPrivate && speaker.email != null && { email: speaker.email }),
    ...(speaker.availability != null && {
      availability: speaker.availability.map((window) => ({
        startsAt: formatInstant(window.start, timezone),
        endsAt: formatInstant(window.end, timezone),
      })),
    }),
    ...(speaker.avatarUrl != null && { avatarUrl: speaker.avatarUrl }),
    ...(speaker.externalId != null && { externalId: speaker.externalId }),
    version: speaker.version,
  };
}
