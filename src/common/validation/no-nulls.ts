import { BadRequestException } from '@nestjs/common';
import { errorBody } from '../errors';

/** PATCH may clear optional fields with null, never required ones. */
export function assertNoNulls<T extends object>(dto: T, required: (keyof T)[]): void {
  const cleared = required.filter((field) => dto[field] === null).map((field) => `${String(field)} must not be null`);
  if (cleared.length) throw new BadRequestException(errorBody(400, cleared));
}
