import { Construction, ConstructionMode } from './planner-construct';
import { diagnose } from './planner-diagnose';
import { explainPlacements, scoreOf } from './planner-explain';
import { buildProblem, Problem } from './planner-problem';
import { AnnealingSearch } from './planner-search';
import { ScheduleState } from './planner-state';
import { PlannerInput, PlannerOptions, PlannerResult, PlannerStats, ScoreBreakdown } from './planner-types';
import { seededRandom } from './seeded-random';

export const DEFAULT_TIME_LIMIT_MS = 10_000;
/** Moves per session to place: enough for the search to settle on FOSDEM-sized programs. */
export const ITERATIONS_PER_SESSION = 200;

export interface PlannerRun {
  /** Works for about `sliceMs` (never past the time limit); true once the result is ready. */
  step(sliceMs: number): boolean;
  result(): PlannerResult;
}

/**
 * The auto-scheduler: a greedy construction with repair gives a valid schedule, simulated
 * annealing improves it. It runs in slices so a server can keep answering between them.
 */
export function startPlanner(
  input: PlannerInput,
  options: PlannerOptions,
  clock: () => number = () => performance.now(),
): PlannerRun {
  return new Run(input, options, clock, 'best');
}

export function planSchedule(input: PlannerInput, options: PlannerOptions, clock?: () => number): PlannerResult {
  const run = startPlanner(input, options, clock);
  while (!run.step(Infinity));
  return run.result();
}

/** The plain greedy baseline: hardest session first, into the first free slot and room. No search. */
export function greedyBaseline(input: PlannerInput, options: PlannerOptions, clock?: () => number): PlannerResult {
  const run = new Run(input, { ...options, iterations: 0 }, clock ?? (() => performance.now()), 'first-fit');
  while (!run.step(Infinity));
  return run.result();
}

class Run implements PlannerRun {
  private readonly problem: Problem;
  private readonly state: ScheduleState;
  private readonly random: () => number;
  private readonly construction: Construction;
  private search: AnnealingSearch | null = null;
  private readonly started: number;
  private readonly deadline: number;
  /** The search stops a tenth of the limit early, leaving time to explain and score the result. */
  private readonly searchDeadline: number;
  private readonly budget: number;
  private phase: 'construct' | 'search' | 'done' = 'construct';
  private firstValidMs = 0;
  private constructionScore?: ScoreBreakdown;
  private stoppedBy: PlannerStats['stoppedBy'] = 'iterations';
  private outcome: PlannerResult | null = null;

  constructor(
    input: PlannerInput,
    private readonly options: PlannerOptions,
    private readonly clock: () => number,
    mode: ConstructionMode,
  ) {
    this.started = clock();
    const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.deadline = this.started + limit;
    this.searchDeadline = this.started + 0.9 * limit;
    this.problem = buildProblem(input, options);
    this.state = new ScheduleState(this.problem);
    this.random = seededRandom(options.seed ?? 1);
    this.construction = new Construction(this.problem, this.state, this.random, mode);
    this.budget = options.iterations ?? ITERATIONS_PER_SESSION * this.problem.movable.length;
  }

  step(sliceMs: number): boolean {
    const until = this.clock() + sliceMs;
    while (this.phase !== 'done') {
      if (this.phase === 'construct') {
        if (this.construction.step(10)) this.constructed();
      } else if (this.search!.step(200)) {
        this.finish();
      }
      const now = this.clock();
      this.stopAtDeadline(now);
      if (now >= until) break;
    }
    return this.phase === 'done';
  }

  private stopAtDeadline(now: number): void {
    if (this.phase === 'construct' && now >= this.deadline) {
      this.stoppedBy = 'time-limit';
      this.fail();
    } else if (this.phase === 'search' && now >= this.searchDeadline) {
      this.stoppedBy = 'time-limit';
      this.finish();
    }
  }

  result(): PlannerResult {
    if (!this.outcome) throw new Error('the planner has not finished');
    return this.outcome;
  }

  private constructed(): void {
    if (this.construction.unplaced.size) return this.fail();
    this.firstValidMs = this.clock() - this.started;
    this.constructionScore = scoreOf(this.problem, this.state);
    this.search = new AnnealingSearch(this.problem, this.state, this.random, this.budget);
    this.phase = 'search';
  }

  private finish(): void {
    const { problem: p, state } = this;
    this.search?.restoreBest();
    const reasons = explainPlacements(p, state);
    const placements = p.movable
      .map((i) => {
        const opt = p.timeOptions[i][state.option[i]];
        return {
          sessionId: p.sessions[i].id,
          slotId: p.grid.slots[opt.slot].id,
          roomId: p.rooms[state.room[i]].id,
          start: opt.start,
          end: opt.end,
          reasons: reasons.get(i)!,
        };
      })
      .sort((a, b) => a.start - b.start || (a.roomId < b.roomId ? -1 : 1));
    this.outcome = { feasible: true, placements, score: scoreOf(p, state), stats: this.stats() };
    this.phase = 'done';
  }

  private fail(): void {
    const { problem: p, state } = this;
    const blocked = this.construction.describeBlockers();
    for (const i of p.movable) if (!state.placed[i] && !blocked.has(i)) blocked.set(i, []);
    const { unplaceable, proven } = diagnose(p, state, blocked);
    this.outcome = { feasible: false, unplaceable, proven, stats: this.stats() };
    this.phase = 'done';
  }

  private stats(): PlannerStats {
    return {
      seed: this.options.seed ?? 1,
      sessionsToPlace: this.problem.movable.length,
      fixedSessions: this.problem.sessions.length - this.problem.movable.length,
      iterations: this.search?.iteration ?? 0,
      iterationBudget: this.budget,
      firstValidMs: Math.round(this.firstValidMs),
      elapsedMs: Math.round(this.clock() - this.started),
      stoppedBy: this.stoppedBy,
      ...(this.constructionScore && { constructionScore: this.constructionScore }),
    };
  }
}
