import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { errorBody, notFound } from '../common/errors';
import { assertNoNulls } from '../common/validation/no-nulls';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { insertRows } from '../database/insert-rows';
import { UnitOfWork } from '../database/unit-of-work';
import { updateVersioned } from '../database/versioned-update';
import type { Changelog } from '../versions/changelog';
import { webhookUrlProblem } from './address-policy';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { UpdateWebhookDto } from './dto/update-webhook.dto';
import { CreatedWebhookResponseDto, WebhookResponseDto } from './dto/webhook-response.dto';
import { publishMessages, PublishedVersionRef, PublishMessage } from './publish-messages';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { messageBody, WebhookEventType } from './webhook-message';
import { WebhookEntity } from './webhook.entity';
import { AuditTrail } from '../audit/audit-trail.service';
import { mapWebhook } from './webhook.mapper';
import { resolveTarget } from './webhook-transport';

@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookEntity) private readonly hooks: Repository<WebhookEntity>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Queues `payload` for every active webhook of the event subscribed to `type`, inside the
   * caller's transaction: the outbox rows commit (or roll back) with the change they announce.
   * Only inserts rows; delivery happens later in the worker, so receivers never slow the caller.
   */
  enqueue(manager: EntityManager, eventId: string, type: WebhookEventType, payload: object): Promise<void> {
    return this.enqueueAll(manager, eventId, [{ type, payload }]);
  }

  /**
   * Everything one publish announces (see publishMessages), in the publish transaction. Its
   * signature fits VersionsService.onPublish: `versions.onPublish((...args) => webhooks.enqueuePublish(...args))`.
   */
  enqueuePublish(
    manager: EntityManager,
    eventId: string,
    version: PublishedVersionRef,
    changes: Changelog,
  ): Promise<void> {
    return this.enqueueAll(manager, eventId, publishMessages(version, changes));
  }

  private async enqueueAll(manager: EntityManager, eventId: string, messages: PublishMessage[]): Promise<void> {
    const hooks = await manager.find(WebhookEntity, {
      where: { eventId, active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (!hooks.length) return;
    const now = this.clock.now();
    const rows = messages.flatMap(({ type, payload }) =>
      hooks
        .filter((hook) => hook.events.includes(type))
        .map((hook) => {
          const id = randomUUID();
          return {
            id,
            webhookId: hook.id,
            eventId,
            type,
            messageId: id,
            body: messageBody({ id, type, timestamp: now.toISOString(), eventId, data: payload }),
            status: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            createdAt: now,
          };
        }),
    );
    await insertRows(manager, WebhookDeliveryEntity, rows, 50);
  }

  async list(eventId: string): Promise<WebhookResponseDto[]> {
    return (await this.hooks.find({ where: { eventId }, order: { createdAt: 'ASC', id: 'ASC' } })).map(mapWebhook);
  }

  async get(eventId: string, id: string): Promise<WebhookResponseDto> {
    return mapWebhook(await this.findOrFail(eventId, id));
  }

  async create(eventId: string, dto: CreateWebhookDto): Promise<CreatedWebhookResponseDto> {
    await this.assertDeliverable(dto.url);
    const now = this.clock.now();
    const hook = this.hooks.create({
      id: randomUUID(),
      eventId,
      url: dto.url,
      events: dto.events,
      secret: dto.secret ?? `whsec_${randomBytes(32).toString('base64url')}`,
      active: dto.active ?? true,
      description: dto.description ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.unitOfWork.transaction(async (manager) => {
      await manager.insert(WebhookEntity, hook);
      // the signing secret is returned once and never written to the audit log
      await this.audit.record(manager, { eventId, entityId: hook.id, after: mapWebhook(hook) });
    });
    return { ...mapWebhook(hook), secret: hook.secret };
  }

  async update(
    eventId: string,
    id: string,
    dto: UpdateWebhookDto,
    version: number | undefined,
  ): Promise<WebhookResponseDto> {
    assertNoNulls(dto, ['url', 'events', 'secret', 'active']);
    if (dto.url !== undefined) await this.assertDeliverable(dto.url);
    const { version: _ignored, ...changes } = dto;
    return this.unitOfWork.transaction(async (manager) => {
      const hook = await this.findOrFail(eventId, id, manager);
      await updateVersioned(
        manager,
        WebhookEntity,
        hook,
        version,
        { ...changes, updatedAt: this.clock.now() },
        'webhook',
      );
      const after = mapWebhook(await this.findOrFail(eventId, id, manager));
      await this.audit.record(manager, { eventId, entityId: id, before: mapWebhook(hook), after });
      return after;
    });
  }

  /** Removes the webhook and its delivery records. */
  async remove(eventId: string, id: string): Promise<void> {
    await this.unitOfWork.transaction(async (manager) => {
      const hook = await this.findOrFail(eventId, id, manager);
      await manager.delete(WebhookEntity, { id });
      await this.audit.record(manager, { eventId, entityId: id, before: mapWebhook(hook) });
    });
  }

  async findOrFail(eventId: string, id: string, manager: EntityManager = this.hooks.manager): Promise<WebhookEntity> {
    const hook = await manager.findOneBy(WebhookEntity, { id, eventId });
    if (!hook) throw notFound('webhook', id);
    return hook;
  }

  /** http(s) only; unless private targets are allowed, every address of the host must be public. */
  private async assertDeliverable(url: string): Promise<void> {
    const problem = webhookUrlProblem(url);
    if (problem) throw new BadRequestException(errorBody(400, problem));
    if (this.config.webhooks.allowPrivate) return;
    try {
      await resolveTarget(new URL(url).hostname, false);
    } catch (error) {
      throw new BadRequestException(errorBody(400, `url refused: ${(error as Error).message}`));
    }
  }
}
