import { AppConfig } from '../config/app-config';
import { tooManyAttempts } from '../auth/login-throttle';
import { addressGroup } from '../throttle/client-address';
import { ThrottleService } from '../throttle/throttle.service';

const HOUR = 3_600_000;

/**
 * Anonymous agenda writes per client address (state in the database: every instance counts the
 * same hits). Agendas feed insights, room fit and the planner, so these caps also bound how many
 * stars one client can add to a session: at most `createsPerDay` agendas a day.
 */
export async function claimAgendaWrite(
  throttle: ThrottleService,
  config: AppConfig['agendas'],
  kind: 'create' | 'update',
  address: string,
  now: Date,
): Promise<void> {
  const group = addressGroup(address);
  const limits =
    kind === 'create'
      ? [
          { bucket: `agenda-create:hour:${group}`, max: config.createsPerHour, windowMs: HOUR },
          { bucket: `agenda-create:day:${group}`, max: config.createsPerDay, windowMs: 24 * HOUR },
        ]
      : [{ bucket: `agenda-update:hour:${group}`, max: config.updatesPerHour, windowMs: HOUR }];
  const claim = await throttle.claim(limits, now);
  if (claim.retryAfter > 0) throw tooManyAttempts(`agenda ${kind}s from this address`, claim.retryAfter);
}
