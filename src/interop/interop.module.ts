import { SessionsModule } from '../sessions/sessions.module';
import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { MembersModule } from '../members/members.module';
import { ProgramReadModule } from '../program-read/program-read.module';
import { InteropController } from './interop.controller';
import { ScheduleExportService } from './schedule-export.service';
import { ScheduleImportService } from './schedule-import.service';

@Module({
  imports: [EventsModule, MembersModule, ProgramReadModule, SessionsModule],
  controllers: [InteropController],
  providers: [ScheduleExportService, ScheduleImportService],
})
export class InteropModule {}
