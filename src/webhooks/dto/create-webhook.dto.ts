import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-message';

export class CreateWebhookDto {
  /** Where deliveries are POSTed: http(s), not a loopback or private address. @example "https://example.org/hooks/agenda" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  url: string;

  /** Message types to receive. @example ["schedule.published"] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];

  /** HMAC key for X-Agenda-Signature-256; generated when left out. Returned only by the create call. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(200)
  secret?: string;

  /** Inactive webhooks get no new deliveries. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string | null;
}
