import { PairCounter } from '../../../src/scheduling/pair-counter';
import { seededRandom } from '../../../src/scheduling/planner/seeded-random';

describe('PairCounter', () => {
  it('counts like a Map, through many growths and with keys beyond 32 bits', () => {
    const random = seededRandom(3);
    const counter = new PairCounter(4);
    const expected = new Map<number, number>();
    for (let k = 0; k < 50_000; k++) {
      const key = random() < 0.5 ? Math.floor(random() * 3000) : Math.floor(random() * 2 ** 40);
      counter.add(key);
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map<number, number>();
    counter.forEach((key, count) => counted.set(key, count));
    expect(counted).toEqual(expected);
  });
});
