import { PageOf } from '../../common/dto/pagination.dto';
export class AvailabilityWindowResponseDto {
  startsAt: string;
  endsAt: string;
}

export class SpeakerResponseDto {
  id: string;
  name: string;
  affiliation?: string;
  bio?: string;
  email?: string;
  availability?: AvailabilityWindowResponseDto[];
  avatarUrl?: string;
  /** How an imported file identified this person (e.g. `id:5735`). */
  externalId?: string;
  version: number;
}

export class SpeakerPageDto extends PageOf(SpeakerResponseDto) {}
