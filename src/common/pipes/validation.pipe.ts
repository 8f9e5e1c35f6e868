import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { errorBody } from '../errors';

/** Flattens nested class-validator errors into messages naming the full path: "speakers.0.role must be ...". */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => {
      if (message.startsWith(`${error.property} `)) return path + message.slice(error.property.length);
      if (message.includes(`property ${error.property} `))
        return message.replace(`property ${error.property} `, `property ${path} `);
      return `${path}: ${message}`;
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** The class-validator options of every request body; imports that validate DTOs themselves use them too. */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
} as const;

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    ...VALIDATOR_OPTIONS,
    exceptionFactory: (errors) => new BadRequestException(errorBody(400, flattenValidationErrors(errors))),
  });
}
