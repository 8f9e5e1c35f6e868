import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ConflictReportService } from './conflict-report.service';
import { PlannerController } from './planner.controller';
import { ProposalsService } from './proposals.service';
import { ScheduleProposalEntity } from './schedule-proposal.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ScheduleProposalEntity]), EventsModule, SessionsModule],
  controllers: [PlannerController],
  providers: [ConflictReportService, ProposalsService],
})
export class PlannerModule {}
