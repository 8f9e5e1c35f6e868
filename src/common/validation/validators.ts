import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { instantProblem, isValidLocalDate, isValidTimeZone } from '../../time/instants';

function define(name: string, test: (value: unknown) => boolean, message: (args: ValidationArguments) => string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: test },
    });
}

/** An ISO 8601 date-time with an explicit offset; a wall-clock time without one is refused. */
export const IsInstant = define(
  'isInstant',
  (value) => typeof value === 'string' && instantProblem(value) === undefined,
  ({ property, value }) =>
    typeof value === 'string' && instantProblem(value) === 'missing-offset'
      ? `${property} must carry an explicit offset (Z or ±HH:MM), e.g. 2026-03-10T09:00:00+01:00`
      : `${property} must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T09:00:00+01:00`,
);

export const IsTimeZone = define(
  'isTimeZone',
  (value) => typeof value === 'string' && isValidTimeZone(value),
  ({ property }) => `${property} must be an IANA time zone such as Europe/Berlin`,
);

export const IsLocalDate = define(
  'isLocalDate',
  (value) => typeof value === 'string' && isValidLocalDate(value),
  ({ property }) => `${property} must be a calendar date YYYY-MM-DD`,
);

export const IsColor = define(
  'isColor',
  (value) => typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value),
  ({ property }) => `${property} must be a colour #RRGGBB`,
);
