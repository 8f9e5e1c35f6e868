import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadProgramSnapshot } from '../src/planner/program-snapshot';
import { toPlacedSession } from '../src/planner/planner.mapper';
import { buildConflictReport } from '../src/scheduling/conflict-report';
import { PlacedSession } from '../src/scheduling/placed-session';
import { greedyBaseline, planSchedule } from '../src/scheduling/planner/planner';
import { PlannerInput, PlannerOptions, PlannerResult } from '../src/scheduling/planner/planner-types';
import { verifyProposal } from '../src/scheduling/planner/planner-verify';
import { EventEntity } from '../src/events/event.entity';
import { startBenchApp } from './bench-app';
import { adminToken, bearer } from './bench-auth';
import { median } from './http-load';
import { insertPlannerProgram, scheduledInstance } from './planner-program';
import { FOSDEM_PLANNER, plannerInstance, scaled } from './planner-instance';
import { Report } from './report';

const OPTIONS: PlannerOptions = { scope: 'unscheduled', seed: 1, timeLimitMs: 60_000 };
const ROUNDS = 5;

/** Issue 7: the auto-scheduler at FOSDEM scale (over HTTP) and 3× (in process), and the conflict report at 10k/20k sessions. */
export async function benchPlanner(report: Report): Promise<void> {
  await fosdemOverHttp(report);
  threeTimes(report);
  await conflictReport(report);
}

async function fosdemOverHttp(report: Report): Promise<void> {
  const bench = await startBenchApp();
  try {
    const auth = bearer(await adminToken(bench));
    const eventId = await insertPlannerProgram(bench, plannerInstance(FOSDEM_PLANNER));
    const base = `${bench.url}/api/events/${eventId}`;
    const started = performance.now();
    const response = await fetch(`${base}/schedule/proposals`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ seed: 1, timeLimitMs: 60_000 }),
    });
    const wall = performance.now() - started;
    const proposal = await response.json();
    if (response.status !== 201)
      throw new Error(`proposal answered ${response.status}: ${JSON.stringify(proposal).slice(0, 500)}`);
    const event = await bench.dataSource.manager.findOneByOrFail(EventEntity, { id: eventId });
    const { input } = await loadProgramSnapshot(bench.dataSource.manager, event);
    const placements = proposal.placements.map((p: any) => ({
      ...p,
      start: Date.parse(p.startsAt),
      end: Date.parse(p.endsAt),
    }));
    const greedy = feasible(greedyBaseline(input, OPTIONS));
    const label = `FOSDEM scale (${input.sessions.length} sessions, ${input.rooms.length} rooms, ${input.speakers.length} speakers, ${input.agendas.length} agendas)`;
    reportPlanner(
      report,
      label,
      input,
      placements,
      proposal.stats,
      proposal.score.attendeeClashes,
      greedy.score.attendeeClashes,
    );
    report.add('planner', `${label}: proposal over HTTP, wall time`, wall, 'ms');

    const applyStarted = performance.now();
    const applied = await fetch(`${base}/schedule/proposals/${proposal.id}/apply`, { method: 'POST', headers: auth });
    if (applied.status !== 200) throw new Error(`apply answered ${applied.status}: ${await applied.text()}`);
    report.add('planner', `${label}: apply (one transaction)`, performance.now() - applyStarted, 'ms');
    const conflicts = await (await fetch(`${base}/conflicts`, { headers: auth })).json();
    report.add('planner', `${label}: hard conflicts in the report after apply`, conflicts.counts.hard, '', {
      target: '0',
      pass: conflicts.counts.hard === 0,
    });
  } finally {
    await bench.close();
  }
}

function threeTimes(report: Report): void {
  const input = plannerInstance(scaled(3));
  const options = { ...OPTIONS, timeLimitMs: 20_000 };
  const planned = feasible(planSchedule(input, options));
  const greedy = feasible(greedyBaseline(input, options));
  const label = `3× FOSDEM (${input.sessions.length} sessions, ${input.rooms.length} rooms, ${input.agendas.length} agendas)`;
  reportPlanner(
    report,
    label,
    input,
    planned.placements,
    planned.stats,
    planned.score.attendeeClashes,
    greedy.score.attendeeClashes,
  );
}

function reportPlanner(
  report: Report,
  label: string,
  input: PlannerInput,
  placements: { sessionId: string; slotId: string; roomId: string; start: number; end: number }[],
  stats: { firstValidMs: number; elapsedMs: number; iterations: number; stoppedBy: string },
  clashes: number,
  greedyClashes: number,
): void {
  const violations = verifyProposal(input, OPTIONS, placements).length;
  report.add('planner', `${label}: time to a valid proposal`, stats.firstValidMs, 'ms');
  report.add(
    'planner',
    `${label}: search finished (${stats.iterations} moves, stopped by ${stats.stoppedBy})`,
    stats.elapsedMs,
    'ms',
  );
  report.add('planner', `${label}: hard violations (independent check)`, violations, '', {
    target: '0',
    pass: violations === 0,
  });
  report.add('planner', `${label}: plain greedy baseline, attendee clashes`, greedyClashes, 'pairs');
  report.add('planner', `${label}: proposal, attendee clashes`, clashes, 'pairs', {
    ratio: clashes / greedyClashes,
    target: '≤ 0.5 × greedy',
    pass: clashes <= 0.5 * greedyClashes,
  });
}

/**
 * The report's computation on programs of 10k and 20k sessions with attendee agendas in proportion
 * (52k and 105k), then the whole GET over HTTP (database read, JSON) on the same sessions with
 * FOSDEM's 5,000 agendas: writing 100k agendas (and the insight triggers' star rows) would take minutes.
 * The computation is timed in CPU time (wall time on this shared machine varies 2-3× with other
 * people's work); rounds alternate between the sizes, each after a full garbage collection.
 */
async function conflictReport(report: Report): Promise<void> {
  const bench = await startBenchApp();
  try {
    const auth = bearer(await adminToken(bench));
    const programs = [];
    for (const size of [10_000, 20_000]) {
      const input = scheduledInstance(size);
      const placed = input.sessions.map(toPlacedSession).filter((s): s is PlacedSession => s !== null);
      const reportInput = {
        sessions: placed,
        rooms: input.rooms,
        speakers: input.speakers,
        tracks: [],
        breaks: input.slots.filter((s) => s.kind === 'break'),
        agendas: input.agendas,
      };
      const eventId = await insertPlannerProgram(bench, {
        ...input,
        agendas: input.agendas.slice(0, FOSDEM_PLANNER.agendas),
      });
      programs.push({
        input,
        reportInput,
        eventId,
        pure: [] as number[],
        http: [] as number[],
        conflicts: 0,
        bytes: 0,
      });
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const program of programs) {
        collectGarbage();
        const cpu = process.cpuUsage();
        program.conflicts = buildConflictReport(program.reportInput).conflicts.length;
        const used = process.cpuUsage(cpu);
        program.pure.push((used.user + used.system) / 1000);
        collectGarbage();
        const started = performance.now();
        const response = await fetch(`${bench.url}/api/events/${program.eventId}/conflicts`, { headers: auth });
        program.bytes = (await response.arrayBuffer()).byteLength;
        program.http.push(performance.now() - started);
      }
    }
    for (const { input, pure, http, conflicts, bytes } of programs) {
      report.add(
        'planner',
        `conflict report, computation, CPU time (${input.sessions.length} sessions, ${input.agendas.length} agendas, ${conflicts} conflicts)`,
        median(pure),
        'ms',
      );
      report.add(
        'planner',
        `GET /conflicts over HTTP (${input.sessions.length} sessions, ${FOSDEM_PLANNER.agendas} agendas, ${(bytes / 2 ** 20).toFixed(1)} MB)`,
        median(http),
        'ms',
      );
    }
    const [small, large] = programs;
    const ratio = (key: 'pure' | 'http') => median(large[key]) / median(small[key]);
    report.add('planner', 'conflict report computation (CPU time), t(20k) / t(10k)', ratio('pure'), '', {
      target: '≤ 2.3',
      pass: ratio('pure') <= 2.3,
    });
    report.add('planner', 'GET /conflicts over HTTP, t(20k) / t(10k)', ratio('http'), '', {
      target: '≤ 2.3',
      pass: ratio('http') <= 2.3,
    });
  } finally {
    await bench.close();
  }
}

/** A full collection between timed rounds (the flag is set at run time; `npm run bench` has no --expose-gc). */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function feasible(result: PlannerResult): Extract<PlannerResult, { feasible: true }> {
  if (!result.feasible) throw new Error(`no schedule: ${JSON.stringify(result.unplaceable.slice(0, 3))}`);
  return result;
}
