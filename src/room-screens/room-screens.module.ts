import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from '../events/event.entity';
import { PublicSiteService } from '../public-site/public-site.service';
import { ProgramReadModule } from '../program-read/program-read.module';
import { RoomScreenAssets } from './room-screen-assets';
import { RoomScreensController } from './room-screens.controller';
import { RoomScreensService } from './room-screens.service';

/** Room screens at /e/:slug/screens(/:roomId): a shell and its bundle; the data comes from the public API. */
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity]), ProgramReadModule],
  controllers: [RoomScreensController],
  providers: [RoomScreensService, RoomScreenAssets, PublicSiteService],
})
export class RoomScreensModule {}
