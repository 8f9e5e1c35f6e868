import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ProgramReadModule } from '../program-read/program-read.module';
import { ScheduleVersionEntity } from './schedule-version.entity';
import { VersionsController } from './versions.controller';
import { AgendaProgramController } from './agenda-program.controller';
import { VersionsService } from './versions.service';

@Module({
  imports: [TypeOrmModule.forFeature([ScheduleVersionEntity]), EventsModule, ProgramReadModule],
  controllers: [VersionsController, AgendaProgramController],
  providers: [VersionsService],
  exports: [VersionsService],
})
export class VersionsModule {}
