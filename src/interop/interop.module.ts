import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { VersionsModule } from '../versions/versions.module';
import { InteropController } from './interop.controller';
import { ScheduleExportService } from './schedule-export.service';
import { ScheduleImportService } from './schedule-import.service';

@Module({
  imports: [EventsModule, VersionsModule],
  controllers: [InteropController],
  providers: [ScheduleExportService, ScheduleImportService],
})
export class InteropModule {}
