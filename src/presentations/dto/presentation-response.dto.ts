import { PageOf } from '../../common/dto/pagination.dto';
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
  position: number;
  version: number;
}

export class PresentationPageDto extends PageOf(PresentationResponseDto) {}
