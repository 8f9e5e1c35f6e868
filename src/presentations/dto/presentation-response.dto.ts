export class PresentationAuthorDto {
  speakerId?: string;
  name: string;
}

export class PresentationResponseDto {
  id: string;
  title: string;
  authors: PresentationAuthorDto[];
  startsAt: string;
  endsAt: string;
  abstract?: string;
  /** Poster board number. */
  boardNumber?: string;
  position: number;
  version: number;
}
