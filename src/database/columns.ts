import { FindOperator, ValueTransformer } from 'typeorm';

/**
 * Instants are stored as epoch milliseconds (bigint) on every database: comparisons and
 * overlap checks are then plain integer arithmetic on SQLite and PostgreSQL alike, and no
 * driver ever reinterprets a wall-clock string in the host's time zone.
 */
export const epochMillis: ValueTransformer = {
  // update()/delete() criteria run operators through here too: `{ revokedAt: IsNull() }` must pass unchanged.
  to: (value: Date | FindOperator<unknown> | null | undefined) =>
    value == null || value instanceof FindOperator ? value : value.getTime(),
  from: (value: string | number | null) => (value == null ? null : new Date(Number(value))),
};

/** PostgreSQL returns bigint as string; counters are safe integers. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value == null ? null : Number(value)),
};
