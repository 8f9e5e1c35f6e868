import { Injectable, OnModuleInit } from '@nestjs/common';
import { VersionsService } from '../versions/versions.service';
import { WebhooksService } from './webhooks.service';

/** Queues a publish's messages inside the publish transaction (VersionsService calls its listeners there). */
@Injectable()
export class PublishWebhooks implements OnModuleInit {
  constructor(
    private readonly versions: VersionsService,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.versions.onPublish((manager, eventId, version, changes) =>
      this.webhooks.enqueuePublish(manager, eventId, version, changes),
    );
  }
}
