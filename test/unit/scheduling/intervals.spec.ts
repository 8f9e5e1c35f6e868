import { contains, overlapOf } from '../../../src/scheduling/intervals';

const iv = (start: number, end: number) => ({ start, end });

describe('overlapOf', () => {
  it('gives the shared part of two overlapping intervals', () => {
    expect(overlapOf(iv(9, 11), iv(10, 12))).toEqual(iv(10, 11));
  });

  it('is symmetric', () => {
    expect(overlapOf(iv(10, 12), iv(9, 11))).toEqual(overlapOf(iv(9, 11), iv(10, 12)));
  });

  it('gives the inner interval when one contains the other', () => {
    expect(overlapOf(iv(9, 17), iv(10, 11))).toEqual(iv(10, 11));
  });

  it('gives the interval itself for two identical intervals', () => {
    expect(overlapOf(iv(9, 10), iv(9, 10))).toEqual(iv(9, 10));
  });

  it('treats back-to-back intervals as not overlapping', () => {
    expect(overlapOf(iv(9, 10), iv(10, 11))).toBeNull();
    expect(overlapOf(iv(10, 11), iv(9, 10))).toBeNull();
  });

  it('gives null for disjoint intervals', () => {
    expect(overlapOf(iv(9, 10), iv(11, 12))).toBeNull();
  });

  it('sees a one-millisecond overlap', () => {
    expect(overlapOf(iv(0, 10_001), iv(10_000, 20_000))).toEqual(iv(10_000, 10_001));
  });
});

describe('contains', () => {
  it('is true for an interval strictly inside', () => {
    expect(contains(iv(9, 17), iv(10, 11))).toBe(true);
  });

  it('is true when the inner interval touches both edges', () => {
    expect(contains(iv(9, 17), iv(9, 17))).toBe(true);
  });

  it('is false when the inner interval starts before the outer', () => {
    expect(contains(iv(9, 17), iv(8, 10))).toBe(false);
  });

  it('is false when the inner interval ends after the outer', () => {
    expect(contains(iv(9, 17), iv(16, 18))).toBe(false);
  });

  it('is false for an interval merely adjacent to the outer one', () => {
    expect(contains(iv(9, 17), iv(17, 18))).toBe(false);
  });
});
