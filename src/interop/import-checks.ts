import { ImportedEvent, ImportedSchedule } from './schedule-model';
import { unshared } from './xml-stream';

const LIMITS = { title: 300, subtitle: 300, room: 200, track: 200, person: 200 };

/** What our columns cannot hold: reported as 400 before anything is written, never cut silently. */
export function importProblems(schedule: ImportedSchedule): string[] {
  const checks = new ImportChecks();
  for (const event of schedule.events) checks.add(event);
  return checks.problems(schedule.title);
}

/** importProblems one event at a time, for a schedule read as a stream; `problems` at the end. */
export class ImportChecks {
  private readonly eventProblems: string[] = [];
  private readonly duplicates: string[] = [];
  private readonly guids = new Set<string>();

  add(event: ImportedEvent): void {
    const problems = this.eventProblems;
    const at = `event ${event.guid}`;
    const tooLong = (what: string, value: string | undefined, limit: number) => {
      if (value && value.length > limit) problems.push(`${at}: ${what} is longer than ${limit} characters`);
    };
    tooLong('title', event.title, LIMITS.title);
    tooLong('subtitle', event.subtitle, LIMITS.subtitle);
    tooLong('room', event.room, LIMITS.room);
    tooLong('track', event.track, LIMITS.track);
    for (const person of event.persons) tooLong('person name', person.name, LIMITS.person);
    if (event.durationMinutes <= 0) problems.push(`${at}: duration must be positive`);
    if (event.guid.length > 100) problems.push(`${at}: guid is longer than 100 characters`);
    if (this.guids.has(event.guid)) this.duplicates.push(`event ${event.guid} appears twice`);
    this.guids.add(unshared(event.guid));
  }

  problems(title: string): string[] {
    const head = title.length > 300 ? ['conference title is longer than 300 characters'] : [];
    return [...head, ...this.eventProblems, ...this.duplicates];
  }
}
