import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ProgramReadModule } from '../program-read/program-read.module';
import { PresentationEntity } from './presentation.entity';
import { PresentationsController } from './presentations.controller';
import { PresentationsService } from './presentations.service';

@Module({
  imports: [TypeOrmModule.forFeature([PresentationEntity]), EventsModule, ProgramReadModule, SessionsModule],
  controllers: [PresentationsController],
  providers: [PresentationsService],
  exports: [PresentationsService],
})
export class PresentationsModule {}
