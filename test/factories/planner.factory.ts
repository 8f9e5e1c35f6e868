import request from 'supertest';
import { buildSlot, create, createProgram, Program } from './program.factory';

type Http = () => request.Agent;

export interface PlannerProgram extends Program {
  /** Tue 10 Mar 09:00-10:00, 10:00-11:00, 11:30-12:30 (parallel); 11:00-11:30 break; Wed 11 Mar 09:00-10:00 plenary */
  slots: { first: any; second: any; lunch: any; third: any; plenary: any };
}

const at = (day: number, hhmm: string) => `2026-03-${day}T${hhmm}:00+01:00`;

/** createProgram's event (rooms A 100 seats, B 30 seats; ada, grace; one track) plus a small slot grid. */
export async function createPlannerProgram(http: Http): Promise<PlannerProgram> {
  const p = await createProgram(http);
  const slot = (day: number, from: string, to: string, kind: string, label?: string) =>
    create(
      http,
      `${p.base}/slots`,
      buildSlot({ startsAt: at(day, from), endsAt: at(day, to), kind, ...(label && { label }) }),
    );
  return {
    ...p,
    slots: {
      first: await slot(10, '09:00', '10:00', 'parallel', 'Morning 1'),
      second: await slot(10, '10:00', '11:00', 'parallel', 'Morning 2'),
      lunch: await slot(10, '11:00', '11:30', 'break', 'Coffee'),
      third: await slot(10, '11:30', '12:30', 'parallel', 'Late morning'),
      plenary: await slot(11, '09:00', '10:00', 'plenary', 'Keynote'),
    },
  };
}

/** A backlog session (no time) with sensible defaults. */
export const buildBacklogSession = (overrides: Record<string, unknown> = {}) => ({
  title: 'Backlog talk',
  type: 'talk',
  durationMinutes: 60,
  ...overrides,
});

export const plannerAt = at;
