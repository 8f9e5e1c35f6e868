import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SessionsModule } from '../sessions/sessions.module';
import { CsvController } from './csv.controller';
import { CsvService } from './csv.service';

@Module({
  imports: [EventsModule, SessionsModule],
  controllers: [CsvController],
  providers: [CsvService],
})
export class CsvModule {}
