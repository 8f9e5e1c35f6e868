import { SESSION_TYPES, SessionType } from '../sessions/session.entity';

/** frab, pretalx and FOSDEM type names onto ours; anything unknown is "other". */
export function toSessionType(raw: string): SessionType {
  const type = raw.trim().toLowerCase();
  if ((SESSION_TYPES as readonly string[]).includes(type)) return type as SessionType;
  if (/keynote/.test(type)) return 'keynote';
  if (/lightning/.test(type)) return 'lightning';
  if (/workshop|hands.?on/.test(type)) return 'workshop';
  if (/tutorial/.test(type)) return 'tutorial';
  if (/panel|podium|discussion/.test(type)) return 'panel';
  if (/poster/.test(type)) return 'poster-session';
  if (/meet|social|party|concert|game/.test(type)) return 'social';
  if (/lecture|talk|maintrack|devroom|presentation|theatre|session/.test(type)) return 'talk';
  return 'other';
}
