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
  version: number;
}
