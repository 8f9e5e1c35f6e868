import { PublishedProgram } from './published-program';
import { ScheduleVersionEntity } from './schedule-version.entity';

export interface VersionSummary {
  number: number;
  name?: string;
  publishedAt: string;
  changeCount: number;
  sessionCount: number;
}

export interface LatestVersion extends VersionSummary {
  program: PublishedProgram;
}

/** The columns a summary needs: everything but the snapshot and the changelog. */
export const SUMMARY_COLUMNS = {
  id: true,
  number: true,
  name: true,
  publishedAt: true,
  sessionCount: true,
  changeCount: true,
} as const;

export function summarize(row: ScheduleVersionEntity): VersionSummary {
  return {
    number: row.number,
    ...(row.name && { name: row.name }),
    publishedAt: row.publishedAt.toISOString(),
    changeCount: row.changeCount,
    sessionCount: row.sessionCount,
  };
}

export const parseSnapshot = (snapshot: string): PublishedProgram => JSON.parse(snapshot) as PublishedProgram;
