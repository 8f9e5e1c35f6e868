import { ProgramModel1764220000000 } from './1764220000000-ProgramModel';

/** Every migration, in order. Listed explicitly so ts-node, jest and the compiled app load the same set. */
export const MIGRATIONS = [ProgramModel1764220000000];
