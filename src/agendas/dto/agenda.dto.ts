import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

export class AgendaBodyDto {
  /** Starred sessions of the event. */
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  sessionIds: string[];
}

export class AgendaResponseDto {
  /** The only key to this agenda; keep it secret. */
  token: string;
  eventId: string;
  sessionIds: string[];
  /** https link of the personal calendar feed */
  feedUrl: string;
  /** webcal link of the same feed */
  webcalUrl: string;
  version: number;
}
