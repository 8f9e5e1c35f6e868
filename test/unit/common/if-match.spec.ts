import { BadRequestException } from '@nestjs/common';
import { expectedVersion, parseIfMatch } from '../../../src/common/http/if-match.decorator';

/** The thrown BadRequestException's body, or fails the test when nothing is thrown. */
function badRequestBody(action: () => unknown) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse();
  }
  throw new Error('expected a BadRequestException');
}

describe('parseIfMatch', () => {
  it.each([
    ['"3"', 3],
    ['3', 3],
    [' "12" ', 12],
    ['"0"', 0],
    ['"999999999"', 999_999_999],
  ])('reads %j as version %d', (header, version) => {
    expect(parseIfMatch(header)).toBe(version);
  });

  it.each([undefined, '', '   ', '*'])('treats %j as no precondition', (header) => {
    expect(parseIfMatch(header)).toBeUndefined();
  });

  it.each(['"abc"', '"-1"', '"1.5"', '"1", "2"', '"1234567890"'])(
    'refuses %j with a 400 naming the header',
    (header) => {
      expect(badRequestBody(() => parseIfMatch(header))).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: ['If-Match must be a version in quotes, e.g. "3"'],
      });
    },
  );

  it.each(['W/"3"', ' W/"3"', 'W/3', 'W/'])('refuses the weak validator %j: If-Match compares strongly', (header) => {
    expect(badRequestBody(() => parseIfMatch(header))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['If-Match compares strongly: send "3", not the weak W/"3"'],
    });
  });
});

describe('expectedVersion', () => {
  it('takes the If-Match version when only the header is sent', () => {
    expect(expectedVersion(3, undefined)).toBe(3);
  });

  it('takes the body version when only the body carries one', () => {
    expect(expectedVersion(undefined, 4)).toBe(4);
  });

  it('keeps a version 0 rather than treating it as missing', () => {
    expect(expectedVersion(undefined, 0)).toBe(0);
    expect(expectedVersion(0, undefined)).toBe(0);
  });

  it('accepts header and body when they agree', () => {
    expect(expectedVersion(5, 5)).toBe(5);
  });

  it('gives no version when neither is sent', () => {
    expect(expectedVersion(undefined, undefined)).toBeUndefined();
  });

  it('refuses header and body versions that disagree with a 400', () => {
    expect(badRequestBody(() => expectedVersion(3, 4))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['If-Match and body version disagree'],
    });
  });
});
