import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ConflictReportService } from './conflict-report.service';
import { ConflictReportDto, ConflictsQueryDto } from './dto/conflict-report.dto';
import { CreateProposalDto } from './dto/create-proposal.dto';
import { ApplyResultDto, ProposalResponseDto } from './dto/proposal-response.dto';
import { ProposalsService } from './proposals.service';

/** The planner: the conflict report and the auto-scheduler's proposals. For organizers only. */
@ApiTags('planner')
@Controller('events/:eventId')
export class PlannerController {
  constructor(
    private readonly conflicts: ConflictReportService,
    private readonly proposals: ProposalsService,
  ) {}

  /** Every hard and soft conflict of the program, attendee-preference clashes included. */
  @Get('conflicts')
  @EventAccess('private')
  report(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ConflictsQueryDto,
  ): Promise<ConflictReportDto> {
    return this.conflicts.report(eventId, query.minAgendas);
  }

  /** A schedule proposal; changes nothing. 422 with an explanation when the hard constraints cannot all be met. */
  @Post('schedule/proposals')
  @EventAccess('write')
  propose(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateProposalDto,
  ): Promise<ProposalResponseDto> {
    return this.proposals.propose(eventId, dto);
  }

  @Get('schedule/proposals/:id')
  @EventAccess('private')
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ProposalResponseDto> {
    return this.proposals.get(eventId, id);
  }

  /** Applies a proposal in one transaction; 409 if the program changed since it was made. */
  @Post('schedule/proposals/:id/apply')
  @HttpCode(200)
  @EventAccess('write')
  apply(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string): Promise<ApplyResultDto> {
    return this.proposals.apply(eventId, id);
  }
}
