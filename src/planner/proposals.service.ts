import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Not, Repository } from 'typeorm';
import { conflict, errorBody, notFound } from '../common/errors';
import { assertAllInEvent } from '../database/find-in-event';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import { RoomEntity } from '../rooms/room.entity';
import { startPlanner } from '../scheduling/planner/planner';
import { PlannerInput, PlannerOptions, PlannerResult } from '../scheduling/planner/planner-types';
import { verifyProposal } from '../scheduling/planner/planner-verify';
import { SessionEntity } from '../sessions/session.entity';
import { SessionWriter } from '../sessions/session-writer';
import { SlotEntity } from '../slots/slot.entity';
import { formatInstant, parseInstant } from '../time/instants';
import { CreateProposalDto } from './dto/create-proposal.dto';
import { ApplyResultDto, ProposalResponseDto } from './dto/proposal-response.dto';
import { applyPlacements, StoredPlacement } from './proposal-apply';
import { mapPlacement, mapScore } from './planner.mapper';
import { loadProgramSnapshot } from './program-snapshot';
import { ScheduleProposalEntity } from './schedule-proposal.entity';
import { Clock } from '../common/clock/clock';
import { AuditTrail } from '../audit/audit-trail.service';

/** The planner works in slices this long, letting the server answer other requests in between. */
const SLICE_MS = 25;

@Injectable()
export class ProposalsService {
  constructor(
    @InjectRepository(ScheduleProposalEntity) private readonly proposals: Repository<ScheduleProposalEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionWriter: SessionWriter,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Computes a proposal from the current program; changes nothing but the stored proposals. */
  async propose(eventId: string, dto: CreateProposalDto): Promise<ProposalResponseDto> {
    const options = plannerOptions(dto);
    // One snapshot: the program version stored with the proposal is the one its input was read
    // at, so apply refuses it (stale) after any later write, and it never waits for a write.
    const { event, input } = await this.unitOfWork.read(async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      await assertAllInEvent(manager, SlotEntity, eventId, dto.slotIds ?? [], 'slotIds');
      await assertAllInEvent(manager, RoomEntity, eventId, dto.roomIds ?? [], 'roomIds');
      await assertAllInEvent(
        manager,
        SessionEntity,
        eventId,
        (dto.preferences ?? []).map((p) => p.sessionId),
        'preferences.sessionId',
      );
      return { event, input: (await loadProgramSnapshot(manager, event)).input };
    });
    const result = await runInSlices(input, options);
    if (!result.feasible) {
      throw new UnprocessableEntityException(
        errorBody(422, infeasibleMessages(result), {
          unplaceable: result.unplaceable,
          proven: result.proven,
          stats: result.stats,
        }),
      );
    }
    const id = randomUUID();
    const createdAt = this.clock.now();
    const sessions = new Map(input.sessions.map((session) => [session.id, session]));
    const body: Omit<ProposalResponseDto, 'status'> = {
      id,
      eventId,
      programVersion: event.programVersion,
      createdAt: formatInstant(createdAt, event.timezone),
      options: { ...dto, scope: options.scope },
      placements: result.placements.map((placement) => mapPlacement(placement, input, sessions)),
      score: mapScore(result.score),
      stats: {
        ...result.stats,
        ...(result.stats.constructionScore && { constructionScore: mapScore(result.stats.constructionScore) }),
      },
    };
    await this.unitOfWork.transaction(async (manager) => {
      // Proposals made from an older program can never be applied: drop them.
      await manager.delete(ScheduleProposalEntity, { eventId, programVersion: Not(event.programVersion) });
      await manager.insert(ScheduleProposalEntity, {
        id,
        eventId,
        programVersion: event.programVersion,
        createdAt,
        appliedAt: null,
        options: JSON.stringify(options),
        placements: JSON.stringify(
          result.placements.map(({ reasons: _reasons, ...placement }): StoredPlacement => placement),
        ),
        body: JSON.stringify(body),
      });
      await this.audit.record(manager, { eventId, entityId: id, after: { placements: body.placements.length } });
    });
    return { ...body, status: 'open' };
  }

  async get(eventId: string, id: string): Promise<ProposalResponseDto> {
    const proposal = await this.proposals.findOneBy({ id, eventId });
    if (!proposal) throw notFound('proposal', id);
    const event = await this.events.findOrFail(eventId);
    const status = proposal.appliedAt ? 'applied' : proposal.programVersion === event.programVersion ? 'open' : 'stale';
    return { ...(JSON.parse(proposal.body) as Omit<ProposalResponseDto, 'status'>), status };
  }

  /** Applies a proposal in one transaction, only if the program is still the one it was made from. */
  async apply(eventId: string, id: string): Promise<ApplyResultDto> {
    const moved = await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const proposal = await manager.findOneBy(ScheduleProposalEntity, { id, eventId });
      if (!proposal) throw notFound('proposal', id);
      if (proposal.appliedAt) throw conflict('proposal_applied', 'this proposal was already applied');
      const event = await this.events.findOrFail(eventId, manager);
      if (event.programVersion !== proposal.programVersion) {
        throw conflict(
          'proposal_stale',
          `the program changed since this proposal was made (program version ${proposal.programVersion}, now ${event.programVersion}); ask for a new proposal`,
          { proposalVersion: proposal.programVersion, programVersion: event.programVersion },
        );
      }
      const { input } = await loadProgramSnapshot(manager, event, false);
      const placements = JSON.parse(proposal.placements) as StoredPlacement[];
      // The program is unchanged, so this cannot fail; checked anyway, the same way tests check the planner.
      const violations = verifyProposal(input, JSON.parse(proposal.options) as PlannerOptions, placements);
      if (violations.length)
        throw conflict(
          'proposal_invalid',
          violations.map((v) => v.message),
          { violations },
        );
      const changed = await applyPlacements(manager, this.sessionWriter, input, placements);
      await manager.update(ScheduleProposalEntity, { id }, { appliedAt: this.clock.now() });
      const moved = changed.map((placement) => ({
        ...placement,
        title: input.sessions.find((s) => s.id === placement.sessionId)!.title,
      }));
      await this.audit.record(manager, { eventId, entityId: id, after: { moved: moved.map((m) => m.sessionId) } });
      return moved;
    });
    const event = await this.events.findOrFail(eventId);
    return {
      proposalId: id,
      programVersion: event.programVersion,
      moved: moved.map((placement) => ({
        id: placement.sessionId,
        title: placement.title,
        roomId: placement.roomId,
        slotId: placement.slotId,
        startsAt: formatInstant(placement.start, event.timezone),
        endsAt: formatInstant(placement.end, event.timezone),
      })),
    };
  }
}

function plannerOptions(dto: CreateProposalDto): PlannerOptions {
  const preferences = (dto.preferences ?? []).map((preference, index) => ({
    sessionId: preference.sessionId.toLowerCase(),
    windows: preference.windows.map((window, w) => {
      const interval = { start: parseInstant(window.startsAt).getTime(), end: parseInstant(window.endsAt).getTime() };
      if (interval.end <= interval.start)
        throw new BadRequestException(
          errorBody(400, `preferences.${index}.windows.${w}.endsAt must be after startsAt`),
        );
      return interval;
    }),
  }));
  return {
    scope: dto.scope ?? 'unscheduled',
    ...(dto.slotIds && { slotIds: dto.slotIds.map((id) => id.toLowerCase()) }),
    ...(dto.roomIds && { roomIds: dto.roomIds.map((id) => id.toLowerCase()) }),
    seed: dto.seed ?? 1,
    ...(dto.timeLimitMs !== undefined && { timeLimitMs: dto.timeLimitMs }),
    ...(dto.iterations !== undefined && { iterations: dto.iterations }),
    ...(dto.weights && { weights: dto.weights }),
    ...(preferences.length && { preferences }),
    ...(dto.plenaryTypes && { plenaryTypes: dto.plenaryTypes }),
  };
}

async function runInSlices(input: PlannerInput, options: PlannerOptions): Promise<PlannerResult> {
  const run = startPlanner(input, options);
  while (!run.step(SLICE_MS)) await new Promise((resolve) => setImmediate(resolve));
  return run.result();
}

/** One sentence per blocking constraint, naming the session when the sentence does not. */
function infeasibleMessages(result: Extract<PlannerResult, { feasible: false }>): string[] {
  const lines = result.unplaceable.flatMap((u) =>
    u.constraints.map((c) => (c.includes(`"${u.title}"`) ? c : `"${u.title}" cannot be placed: ${c}`)),
  );
  const head = result.proven
    ? 'the sessions cannot all be placed without breaking a hard constraint'
    : 'the planner found no valid schedule within its limits';
  return [head, ...new Set(lines)];
}
