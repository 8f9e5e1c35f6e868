import { presentingFlags } from '../scheduling/author-bookings';
import { formatInstant } from '../time/instants';
import { PresentationResponseDto } from './dto/presentation-response.dto';
import { PresentationEntity } from './presentation.entity';

export function mapPresentation(presentation: PresentationEntity, timezone: string): PresentationResponseDto {
  const presenting = presentingFlags(presentation.authors);
  return {
    id: presentation.id,
    title: presentation.title,
    authors: presentation.authors.map(({ speakerId, name }, index) =>
      speakerId ? { speakerId, name, presenting: presenting[index] } : { name, presenting: presenting[index] },
    ),
    startsAt: formatInstant(presentation.startsAt, timezone),
    endsAt: formatInstant(presentation.endsAt, timezone),
    ...(presentation.abstract != null && { abstract: presentation.abstract }),
    position: presentation.position,
    ...(presentation.boardNumber != null && { boardNumber: presentation.boardNumber }),
    version: presentation.version,
  };
}
