/**
 * Reading untrusted JSON (import files): every value is `unknown` until one of these narrows it.
 * They read a parsed document exactly as property access on it did (`value?.[key]`), without `any`.
 */

export type JsonObject = Record<string, unknown>;

/** `value[key]` when value is an object (arrays included), else undefined. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as JsonObject)[key] : undefined;
}

/** Whether `key in value`, for an object; false for anything else. */
export function hasField(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

/** An object that is not an array (or null). */
export const isRecord = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asRecord = (value: unknown): JsonObject | undefined => (isRecord(value) ? value : undefined);

/** The array itself (not a copy), or an empty one for anything else. */
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** A string as it is; anything else is none. */
export const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * `String(value)`, untrimmed, as the parsers have always turned a JSON value into text: a string as
 * it is, numbers and booleans as written, null and undefined by name, an array as its items joined
 * by commas, an object as "[object Object]".
 */
export function asString(value: unknown): string {
  return String(value);
}

/** Trimmed text of a JSON value; none (undefined or null) is the empty string. */
export const str = (value: unknown): string => (value === undefined || value === null ? '' : asString(value).trim());
