import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { InteropController } from './interop.controller';
import { ScheduleExportService } from './schedule-export.service';
import { ScheduleImportService } from './schedule-import.service';

@Module({
  imports: [EventsModule],
  controllers: [InteropController],
  providers: [ScheduleExportService, ScheduleImportService],
})
export class InteropModule {}
