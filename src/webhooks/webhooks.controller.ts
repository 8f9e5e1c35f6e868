import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { UpdateWebhookDto } from './dto/update-webhook.dto';
import {
  CreatedWebhookResponseDto,
  DeliveryDetailDto,
  DeliveryQueryDto,
  DeliveryPageDto,
  DeliveryResponseDto,
  WebhookResponseDto,
} from './dto/webhook-response.dto';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhooksService } from './webhooks.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

/** Webhook endpoints of an event: owners only (they hold signing secrets and reach out to other servers). */
@ApiTags('webhooks')
@EventAccess('owner')
@Controller('events/:eventId/webhooks')
export class WebhooksController {
  constructor(
    private readonly service: WebhooksService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Get()
  @ApiDoc({ id: 'listWebhooks', summary: "List the event's webhooks" })
  list(@Param('eventId', ParseIdPipe) eventId: string): Promise<WebhookResponseDto[]> {
    return this.service.list(eventId);
  }

  /** The response carries the signing secret, this once. */
  @Post()
  @Header('Cache-Control', 'no-store')
  @ApiDoc({
    id: 'createWebhook',
    summary: 'Create a webhook',
    description: 'The signing secret is returned this once.',
  })
  create(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateWebhookDto,
  ): Promise<CreatedWebhookResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @ApiDoc({ id: 'getWebhook', summary: 'Get a webhook' })
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<WebhookResponseDto> {
    return this.service.get(eventId, id);
  }

  @Patch(':id')
  @ApiDoc({ id: 'updateWebhook', summary: 'Update a webhook', ifMatch: true })
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateWebhookDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<WebhookResponseDto> {
    return this.service.update(eventId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ id: 'deleteWebhook', summary: 'Delete a webhook' })
  remove(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.service.remove(eventId, id);
  }

  /** Newest first; `?status=failed` to find what needs a look. */
  @Get(':id/deliveries')
  @ApiDoc({ id: 'listDeliveries', summary: "List a webhook's deliveries", description: 'Newest first.' })
  listDeliveries(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeliveryQueryDto,
  ): Promise<DeliveryPageDto> {
    return this.deliveries.list(eventId, id, query);
  }

  /** One delivery with the body it sends. */
  @Get(':id/deliveries/:deliveryId')
  @ApiDoc({ id: 'getDelivery', summary: 'Get a delivery with its payload' })
  getDelivery(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Param('deliveryId', ParseIdPipe) deliveryId: string,
  ): Promise<DeliveryDetailDto> {
    return this.deliveries.get(eventId, id, deliveryId);
  }

  /** Queues the same body again as a new delivery; answers at once (202), the worker sends it. */
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiDoc({
    id: 'redeliver',
    summary: 'Send a delivery again',
    description: 'Queues a copy of a delivered or failed delivery (409 `delivery_in_progress` while it is pending).',
    errors: [409],
  })
  redeliver(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Param('deliveryId', ParseIdPipe) deliveryId: string,
  ): Promise<DeliveryResponseDto> {
    return this.deliveries.redeliver(eventId, id, deliveryId);
  }
}
