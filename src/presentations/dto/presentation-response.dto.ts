import { PageOf } from '../../common/dto/pagination.dto';
export class PresentationAuthorDto {
  speakerId?: string;
  name: string;
  /** presents the paper: busy for its time (explicit flag, or by default the first linked author) */
  presenting: boolean;
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
  /** after a write: soft conflicts of the session it belongs to (e.g. a co-author elsewhere at the time) */
  warnings?: { kind: string; message: string; sessionId?: string; speakerId?: string }[];
}

export class PresentationPageDto extends PageOf(PresentationResponseDto) {}
