import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VersionsModule } from '../versions/versions.module';
import { DeliveryWorker } from './delivery-worker.service';
import { PublishWebhooks } from './publish-listener';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([WebhookEntity, WebhookDeliveryEntity]), VersionsModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookDeliveriesService, DeliveryWorker, PublishWebhooks],
  exports: [WebhooksService],
})
export class WebhooksModule {}
