import { Module } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module';
import { EventsModule } from '../events/events.module';
import { VersionsModule } from '../versions/versions.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [AgendasModule, EventsModule, VersionsModule],
  controllers: [CalendarController],
  providers: [CalendarService],
})
export class CalendarModule {}
