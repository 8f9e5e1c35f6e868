import { ProgramModel1764220000000 } from './1764220000000-ProgramModel';
import { Agendas1764230000000 } from './1764230000000-Agendas';
import { Interop1764240000000 } from './1764240000000-Interop';
import { AccessControl1764250000000 } from './1764250000000-AccessControl';
import { ScheduleVersions1764260000000 } from './1764260000000-ScheduleVersions';
import { Webhooks1764270000000 } from './1764270000000-Webhooks';
import { Insights1764290000000 } from './1764290000000-Insights';
import { ScheduleProposals1764305000000 } from './1764305000000-ScheduleProposals';
import { FirstAdmin1764310000000 } from './1764310000000-FirstAdmin';
import { VersionCounts1764311000000 } from './1764311000000-VersionCounts';
import { Throttle1764320000000 } from './1764320000000-Throttle';
import { EventInvitations1764320010000 } from './1764320010000-EventInvitations';
import { AgendaLastUsed1764320020000 } from './1764320020000-AgendaLastUsed';
import { ProgramChanges1764350000000 } from './1764350000000-ProgramChanges';
import { InteropFidelity1764360000000 } from './1764360000000-InteropFidelity';
import { PosterBoards1764360100000 } from './1764360100000-PosterBoards';
import { SessionTrackIndex1764530000000 } from './1764530000000-SessionTrackIndex';

/** Every migration, in order. Listed explicitly so ts-node, jest and the compiled app load the same set. */
export const MIGRATIONS = [
  ProgramModel1764220000000,
  Agendas1764230000000,
  Interop1764240000000,
  AccessControl1764250000000,
  ScheduleVersions1764260000000,
  Webhooks1764270000000,
  Insights1764290000000,
  ScheduleProposals1764305000000,
  FirstAdmin1764310000000,
  VersionCounts1764311000000,
  Throttle1764320000000,
  EventInvitations1764320010000,
  AgendaLastUsed1764320020000,
  ProgramChanges1764350000000,
  InteropFidelity1764360000000,
  PosterBoards1764360100000,
  SessionTrackIndex1764530000000,
];
