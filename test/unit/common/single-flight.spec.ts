import { SingleFlight } from '../../../src/common/single-flight';

describe('SingleFlight', () => {
  it('runs one build for callers that ask while it runs, and a new one after it ended', async () => {
    const flight = new SingleFlight<number>();
    let builds = 0;
    let release!: () => void;
    const build = () =>
      new Promise<number>((done) => {
        builds += 1;
        release = () => done(builds);
      });
    const first = flight.run('feed', build);
    const second = flight.run('feed', build);
    const other = flight.run('other feed', () => Promise.resolve(-1));
    release();
    expect(await Promise.all([first, second, other])).toEqual([1, 1, -1]);
    const third = flight.run('feed', build);
    release();
    expect(await third).toBe(2);
  });

  it('lets the next caller try again after a failed build', async () => {
    const flight = new SingleFlight<string>();
    await expect(flight.run('k', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await expect(flight.run('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
