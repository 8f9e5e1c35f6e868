import { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from '../../../src/common/pipes/validation.pipe';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({
  property,
  constraints,
  children,
  value: undefined,
});

describe('flattenValidationErrors', () => {
  it('gives the messages of a top-level property as they are', () => {
    expect(
      flattenValidationErrors([
        error('title', { isNotEmpty: 'title should not be empty', isString: 'title must be a string' }),
      ]),
    ).toEqual(['title should not be empty', 'title must be a string']);
  });

  it('lists the errors of several properties in order', () => {
    expect(
      flattenValidationErrors([
        error('title', { isString: 'title must be a string' }),
        error('startsAt', { isInstant: 'startsAt must carry an explicit offset' }),
      ]),
    ).toEqual(['title must be a string', 'startsAt must carry an explicit offset']);
  });

  it('names the full path of a nested error, such as speakers.0.role', () => {
    const errors = [
      error('speakers', undefined, [
        error('0', undefined, [
          error('role', { isIn: 'role must be one of the following values: speaker, moderator, chair, author' }),
        ]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      'speakers.0.role must be one of the following values: speaker, moderator, chair, author',
    ]);
  });

  it('names the path of errors in several array items', () => {
    const errors = [
      error('availability', undefined, [
        error('0', undefined, [error('startsAt', { isInstant: 'startsAt must be an ISO 8601 date-time' })]),
        error('2', undefined, [error('endsAt', { isInstant: 'endsAt must be an ISO 8601 date-time' })]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      'availability.0.startsAt must be an ISO 8601 date-time',
      'availability.2.endsAt must be an ISO 8601 date-time',
    ]);
  });

  it('keeps the parent own messages before its children', () => {
    const errors = [
      error('speakers', { arrayMaxSize: 'speakers must contain no more than 50 elements' }, [
        error('1', undefined, [error('speakerId', { isUuid: 'speakerId must be a UUID' })]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      'speakers must contain no more than 50 elements',
      'speakers.1.speakerId must be a UUID',
    ]);
  });

  it('puts the full path into "property ... should not exist" messages', () => {
    const errors = [
      error('speakers', undefined, [
        error('0', undefined, [error('nickname', { whitelistValidation: 'property nickname should not exist' })]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual(['property speakers.0.nickname should not exist']);
  });

  it('prefixes a message that does not start with the property name with its path', () => {
    const errors = [error('presentations', undefined, [error('0', { custom: 'an object was expected' })])];
    expect(flattenValidationErrors(errors)).toEqual(['presentations.0: an object was expected']);
  });

  it('does not take a longer property name that merely starts with the same letters for the property', () => {
    const errors = [
      error('speakers', undefined, [error('0', undefined, [error('role', { isIn: 'roles are limited' })])]),
    ];
    expect(flattenValidationErrors(errors)).toEqual(['speakers.0.role: roles are limited']);
  });

  it('gives nothing for no errors', () => {
    expect(flattenValidationErrors([])).toEqual([]);
  });
});
