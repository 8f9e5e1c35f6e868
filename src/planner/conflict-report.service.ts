import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventsService } from '../events/events.service';
import { buildConflictReport } from '../scheduling/conflict-report';
import { PlacedSession } from '../scheduling/placed-session';
import { ConflictReportDto } from './dto/conflict-report.dto';
import { cachedFormatter, mapConflict, toPlacedSession } from './planner.mapper';
import { loadProgramSnapshot } from './program-snapshot';

@Injectable()
export class ConflictReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async report(eventId: string, minAgendas?: number): Promise<ConflictReportDto> {
    const event = await this.events.findOrFail(eventId);
    const { input, tracks } = await loadProgramSnapshot(this.dataSource.manager, event);
    const placed = input.sessions.map(toPlacedSession).filter((s): s is PlacedSession => s !== null);
    const { conflicts, agendaThreshold } = buildConflictReport({
      sessions: placed,
      rooms: input.rooms,
      speakers: input.speakers,
      tracks,
      breaks: input.slots.filter((slot) => slot.kind === 'break'),
      agendas: input.agendas,
      minAgendas,
    });
    const byId = new Map(placed.map((s) => [s.id, s]));
    const byKind: Record<string, number> = {};
    for (const conflict of conflicts) byKind[conflict.kind] = (byKind[conflict.kind] ?? 0) + 1;
    const hard = conflicts.filter((conflict) => conflict.hard).length;
    const format = cachedFormatter(event.timezone);
    return {
      eventId,
      programVersion: event.programVersion,
      agendaCount: input.agendas.length,
      agendaThreshold,
      counts: { hard, soft: conflicts.length - hard, byKind },
      conflicts: conflicts.map((conflict) => mapConflict(conflict, byId, format)),
    };
  }
}
