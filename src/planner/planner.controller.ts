import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ConflictReportService } from './conflict-report.service';
import { ConflictReportDto, ConflictsQueryDto } from './dto/conflict-report.dto';
import { CreateProposalDto } from './dto/create-proposal.dto';
import { ApplyResultDto, ProposalResponseDto } from './dto/proposal-response.dto';
import { ProposalsService } from './proposals.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

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
  @ApiDoc({ id: 'getConflictReport', summary: 'Every hard and soft conflict of the program' })
  report(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ConflictsQueryDto,
  ): Promise<ConflictReportDto> {
    return this.conflicts.report(eventId, query.minAgendas);
  }

  /** A schedule proposal; changes nothing. 422 with an explanation when the hard constraints cannot all be met. */
  @Post('schedule/proposals')
  @EventAccess('write')
  @ApiDoc({
    id: 'proposeSchedule',
    summary: 'Propose a schedule',
    description:
      'Computes a proposal and changes nothing; 422 with an explanation when the hard constraints cannot all be met.',
    errors: [422],
  })
  propose(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateProposalDto,
  ): Promise<ProposalResponseDto> {
    return this.proposals.propose(eventId, dto);
  }

  @Get('schedule/proposals/:id')
  @EventAccess('private')
  @ApiDoc({ id: 'getProposal', summary: 'Get a schedule proposal' })
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
  @ApiDoc({
    id: 'applyProposal',
    summary: 'Apply a schedule proposal',
    description: 'Only if the program is unchanged since the proposal was made (409 `proposal_stale`).',
    errors: [409],
  })
  apply(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string): Promise<ApplyResultDto> {
    return this.proposals.apply(eventId, id);
  }
}
