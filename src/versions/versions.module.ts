import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ScheduleVersionEntity } from './schedule-version.entity';
import { VersionsController } from './versions.controller';
import { AgendaProgramController } from './agenda-program.controller';
import { VersionsService } from './versions.service';
import { PublishedDocuments } from './published-documents.service';

@Module({
  imports: [TypeOrmModule.forFeature([ScheduleVersionEntity]), forwardRef(() => EventsModule)],
  controllers: [VersionsController, AgendaProgramController],
  providers: [VersionsService, PublishedDocuments],
  exports: [VersionsService, PublishedDocuments],
})
export class VersionsModule {}
