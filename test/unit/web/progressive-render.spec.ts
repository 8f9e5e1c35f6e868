import { nextTask, PROGRESSIVE_FROM, ProgressiveRender } from '../../../web/views/progressive';

/** Resolves once `done` of a render has been called. */
const finished = (render: ProgressiveRender) => new Promise<void>((resolve) => render.finish(resolve));

describe('building a big view first screen first', () => {
  it('builds a small view at once: no later work, done before finish returns', () => {
    const render = new ProgressiveRender();
    expect(render.laterFor(PROGRESSIVE_FROM - 1)).toBeUndefined();
    let done = false;
    render.finish(() => (done = true));
    expect(done).toBe(true);
  });

  it('runs every later piece in a later task, then the attach steps together, then done', async () => {
    const render = new ProgressiveRender();
    const later = render.laterFor(PROGRESSIVE_FROM)!;
    const log: string[] = [];
    for (let piece = 0; piece < 300; piece++)
      later.build(() => {
        log.push(`build ${piece}`);
        later.attach(() => log.push(`attach ${piece}`));
      });
    const done = finished(render);
    expect(log).toEqual([]); // nothing before the first screen is painted
    await done;
    const builds = log.filter((line) => line.startsWith('build'));
    const attaches = log.filter((line) => line.startsWith('attach'));
    expect(builds).toHaveLength(300);
    expect(attaches).toHaveLength(300);
    expect(log.indexOf('attach 0')).toBe(300); // nothing enters the page until every piece is built
    expect(attaches).toEqual(builds.map((line) => line.replace('build', 'attach')));
  });

  it('drops the pieces of a view replaced mid-way, and hands its done on to the replacing one', async () => {
    const render = new ProgressiveRender();
    const first = render.laterFor(PROGRESSIVE_FROM)!;
    const built: string[] = [];
    for (let piece = 0; piece < 50; piece++) first.build(() => built.push('first'));
    let firstDone = false;
    render.finish(() => (firstDone = true));

    const second = render.laterFor(PROGRESSIVE_FROM)!; // a filter changed before the first finished
    second.build(() => built.push('second'));
    await finished(render);
    expect(built).toEqual(['second']);
    expect(firstDone).toBe(true);
  });
});

describe('yielding between the steps of the start-up', () => {
  it('resumes in a later task: not in the same one, and after a task queued before it', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('queued before'));
    const resumed = nextTask().then(() => log.push('resumed'));
    await Promise.resolve();
    expect(log).toEqual([]); // a microtask is still the same task
    await resumed;
    expect(log).toEqual(['queued before', 'resumed']);
  });
});
