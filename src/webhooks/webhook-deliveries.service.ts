import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Page } from '../common/dto/pagination.dto';
import { conflict, notFound } from '../common/errors';
import { UnitOfWork } from '../database/unit-of-work';
import { DeliveryDetailDto, DeliveryQueryDto, DeliveryResponseDto } from './dto/webhook-response.dto';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { mapDelivery, mapDeliveryDetail } from './webhook.mapper';
import { WebhooksService } from './webhooks.service';
import { AuditTrail } from '../audit/audit-trail.service';

/** The delivery log of one webhook, and redelivery by hand. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly hooks: WebhooksService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Newest first. */
  async list(eventId: string, webhookId: string, query: DeliveryQueryDto): Promise<Page<DeliveryResponseDto>> {
    await this.hooks.findOrFail(eventId, webhookId);
    const page = query.page ?? 1;
    const limit = query.limit ?? 50;
    const [rows, total] = await this.deliveries.findAndCount({
      where: { webhookId, ...(query.status && { status: query.status }) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
    return { items: rows.map(mapDelivery), total, page, limit };
  }

  async get(eventId: string, webhookId: string, id: string): Promise<DeliveryDetailDto> {
    return mapDeliveryDetail(await this.findOrFail(eventId, webhookId, id));
  }

  /**
   * Queues the same body again as a new delivery (its own record, `redeliveryOf` the original), to
   * the webhook's current URL and signed with its current secret. Refused while the original is
   * still queued or in flight.
   */
  async redeliver(eventId: string, webhookId: string, id: string): Promise<DeliveryResponseDto> {
    const original = await this.findOrFail(eventId, webhookId, id);
    if (original.status === 'pending' || original.status === 'delivering') {
      throw conflict(
        'delivery_in_progress',
        `delivery ${id} is still ${original.status}; it will be attempted again by itself`,
      );
    }
    const now = this.clock.now();
    const copy = this.deliveries.create({
      id: randomUUID(),
      webhookId,
      eventId,
      type: original.type,
      messageId: original.messageId,
      body: original.body,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastAttemptAt: null,
      lastStatus: null,
      lastError: null,
      durationMs: null,
      deliveredAt: null,
      redeliveryOf: original.redeliveryOf ?? original.id,
      createdAt: now,
    });
    const after = mapDelivery(copy);
    await this.unitOfWork.transaction(async (manager) => {
      await manager.insert(WebhookDeliveryEntity, copy);
      await this.audit.record(manager, { eventId, entityId: copy.id, after });
    });
    return after;
  }

  private async findOrFail(eventId: string, webhookId: string, id: string): Promise<WebhookDeliveryEntity> {
    await this.hooks.findOrFail(eventId, webhookId);
    const row = await this.deliveries.findOneBy({ id, webhookId });
    if (!row) throw notFound('delivery', id);
    return row;
  }
}
