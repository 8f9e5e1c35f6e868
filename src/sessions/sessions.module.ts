import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ProgramReadModule } from '../program-read/program-read.module';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { SessionWriter } from './session-writer';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), EventsModule, ProgramReadModule],
  controllers: [SessionsController],
  providers: [SessionsService, SessionWriter],
  exports: [SessionsService, SessionWriter],
})
export class SessionsModule {}
