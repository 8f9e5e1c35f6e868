import { Module } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module';
import { EventsModule } from '../events/events.module';
import { ProgramReadModule } from '../program-read/program-read.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [AgendasModule, EventsModule, ProgramReadModule],
  controllers: [CalendarController],
  providers: [CalendarService],
})
export class CalendarModule {}
