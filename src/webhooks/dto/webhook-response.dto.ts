import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/dto/pagination.dto';
import { IsIn, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '../../common/dto/pagination.dto';
import { DELIVERY_STATUSES, DeliveryStatus } from '../webhook-delivery.entity';
import { WebhookEventType } from '../webhook-message';

export class WebhookResponseDto {
  id: string;
  eventId: string;
  url: string;
  events: WebhookEventType[];
  active: boolean;
  description?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export class CreatedWebhookResponseDto extends WebhookResponseDto {
  /** The signing secret, shown this once. */
  secret: string;
}

export class DeliveryResponseDto {
  id: string;
  webhookId: string;
  /** The body's `id`; a redelivery repeats its original's. */
  messageId: string;
  type: WebhookEventType;
  /** pending (waiting for an attempt), delivering, delivered, failed (gave up). */
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt?: string;
  lastAttemptAt?: string;
  /** HTTP status of the last answer. */
  lastStatus?: number;
  lastError?: string;
  durationMs?: number;
  deliveredAt?: string;
  redeliveryOf?: string;
}

export class DeliveryDetailDto extends DeliveryResponseDto {
  /** The JSON body as sent (see the webhook message types in docs). */
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload: object;
}

export class DeliveryQueryDto extends PaginationQueryDto {
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class DeliveryPageDto extends PageOf(DeliveryResponseDto) {}
