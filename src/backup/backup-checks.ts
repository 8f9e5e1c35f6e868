import { isEmail, isURL } from 'class-validator';
import { instantProblem, isValidLocalDate, isValidTimeZone } from '../time/instants';

/**
 * Path-aware checks for a JSON document: each returns the problems of one value, every message
 * starting with the value's path (`sessions[3].startsAt must ...`). No Nest, no database.
 */
export type Check = (value: unknown, path: string) => string[];

export interface Field {
  check: Check;
  /** Required fields must be present and not null; optional ones may be absent or null. */
  required: boolean;
}

export const required = (check: Check): Field => ({ check, required: true });
export const optional = (check: Check): Field => ({ check, required: false });

const fail = (path: string, text: string) => [`${path} ${text}`];

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const childPath = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export const text =
  (max: number, nonEmpty = false): Check =>
  (value, path) => {
    if (typeof value !== 'string') return fail(path, 'must be a string');
    if (nonEmpty && value.trim() === '') return fail(path, 'must not be empty');
    return value.length > max ? fail(path, `must be at most ${max} characters long`) : [];
  };

export const integer =
  (min: number, max: number): Check =>
  (value, path) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? []
      : fail(path, `must be an integer from ${min} to ${max}`);

export const boolean: Check = (value, path) => (typeof value === 'boolean' ? [] : fail(path, 'must be true or false'));

export const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? [] : fail(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);

export const matches =
  (pattern: RegExp, description: string): Check =>
  (value, path) =>
    typeof value === 'string' && pattern.test(value) ? [] : fail(path, `must be ${description}`);

export const instant: Check = (value, path) => {
  if (typeof value !== 'string') return fail(path, 'must be an ISO 8601 date-time string with an offset');
  const problem = instantProblem(value);
  if (problem === 'missing-offset') return fail(path, 'must carry an explicit offset (Z or ±HH:MM)');
  return problem ? fail(path, 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T09:00:00+01:00') : [];
};

export const localDate: Check = (value, path) =>
  typeof value === 'string' && isValidLocalDate(value) ? [] : fail(path, 'must be a calendar date YYYY-MM-DD');

export const timeZone: Check = (value, path) =>
  typeof value === 'string' && isValidTimeZone(value)
    ? []
    : fail(path, 'must be an IANA time zone such as Europe/Berlin');

export const email: Check = (value, path) =>
  typeof value === 'string' && value.length <= 254 && isEmail(value) ? [] : fail(path, 'must be an e-mail address');

export const httpUrl: Check = (value, path) =>
  typeof value === 'string' &&
  value.length <= 500 &&
  isURL(value, { require_protocol: true, protocols: ['http', 'https'] })
    ? []
    : fail(path, 'must be an http(s) URL of at most 500 characters');

export const arrayOf =
  (item: Check, maxItems: number): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'must be an array');
    if (value.length > maxItems) return fail(path, `must have at most ${maxItems} items`);
    return value.flatMap((element, index) => item(element, childPath(path, index)));
  };

/** An object with the given fields; fields not listed are ignored (later versions may add some). */
export const record =
  (fields: Record<string, Field>): Check =>
  (value, path) => {
    if (!isPlainObject(value)) return fail(path || 'the document', 'must be an object');
    return Object.entries(fields).flatMap(([key, field]) => {
      const fieldValue = value[key];
      if (fieldValue === undefined || fieldValue === null)
        return field.required ? [`${childPath(path, key)} is required`] : [];
      return field.check(fieldValue, childPath(path, key));
    });
  };
