import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from '../events/event.entity';
import { ProgramReadModule } from '../program-read/program-read.module';
import { PublicSiteController } from './public-site.controller';
import { PublicSiteService } from './public-site.service';
import { WebAssets } from './web-assets.service';
import { ServiceWorkerScript, WebAppController } from './web-app.controller';

/** The public agenda pages: `/` and `/e/:slug`, filled by a small script from the public API. */
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity]), ProgramReadModule],
  controllers: [PublicSiteController, WebAppController],
  providers: [PublicSiteService, WebAssets, ServiceWorkerScript],
})
export class PublicSiteModule {}
