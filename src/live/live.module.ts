import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ChangeBus } from './change-bus';
import { ChangeLog } from './change-log.service';
import { ProgramChangeEntity } from './program-change.entity';
import { ProgramChangesInterceptor } from './program-changes.interceptor';
import { StreamController } from './stream.controller';
import { StreamHub } from './stream-hub.service';

/** The live stream of program changes the schedule editor listens to. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgramChangeEntity]), EventsModule],
  controllers: [StreamController],
  providers: [ChangeBus, ChangeLog, StreamHub, { provide: APP_INTERCEPTOR, useClass: ProgramChangesInterceptor }],
})
export class LiveModule {}
