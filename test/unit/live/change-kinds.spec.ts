import { describeChange } from '../../../src/live/change-kinds';
import { resumeId, sseComment, sseEvent } from '../../../src/live/sse';

const ID = '3f1e0c1e-0000-4000-8000-00000000000A';

describe('describeChange', () => {
  it.each([
    [
      'POST',
      '/api/events/:eventId/sessions',
      {},
      { id: ID },
      { entity: 'session', action: 'created', entityId: ID.toLowerCase() },
    ],
    [
      'PATCH',
      '/api/events/:eventId/sessions/:id',
      { id: ID },
      {},
      { entity: 'session', action: 'updated', entityId: ID.toLowerCase() },
    ],
    [
      'DELETE',
      '/api/events/:eventId/rooms/:id',
      { id: ID },
      undefined,
      { entity: 'room', action: 'deleted', entityId: ID.toLowerCase() },
    ],
    [
      'POST',
      '/api/events/:eventId/sessions/:sessionId/presentations',
      { sessionId: 's1' },
      { id: ID },
      { entity: 'presentation', action: 'created', sessionId: 's1', entityId: ID.toLowerCase() },
    ],
    ['POST', '/api/events/:eventId/publish', {}, {}, { entity: 'event', action: 'published' }],
    [
      'POST',
      '/api/events/:eventId/schedule/proposals/:id/apply',
      { id: ID },
      {},
      { entity: 'program', action: 'replaced' },
    ],
    ['POST', '/api/events/import', {}, {}, { entity: 'program', action: 'replaced' }],
  ])('%s %s is a program change', (method, route, params, body, expected) => {
    expect(describeChange(method, route, params as Record<string, string>, body)).toEqual(expected);
  });

  it.each([
    ['POST', '/api/events/:eventId/agendas'],
    ['POST', '/api/events/:eventId/schedule/proposals'],
    ['POST', '/api/events/:eventId/members'],
    ['DELETE', '/api/events/:eventId'],
  ])('%s %s leaves the program alone', (method, route) => {
    expect(describeChange(method, route, {}, {})).toBeNull();
  });
});

describe('SSE framing', () => {
  it('writes id, event and one JSON data line', () => {
    expect(sseEvent(7, 'change', { a: 'x\ny' })).toBe('id: 7\nevent: change\ndata: {"a":"x\\ny"}\n\n');
    expect(sseEvent(null, 'ready', {})).toBe('event: ready\ndata: {}\n\n');
  });

  it('keeps a comment on one line', () => {
    expect(sseComment('a\nb')).toBe(': a b\n\n');
  });

  it('resumes from a numeric Last-Event-ID, else the query, and ignores anything else', () => {
    expect(resumeId('12', undefined)).toBe(12);
    expect(resumeId(undefined, '5')).toBe(5);
    expect(resumeId('', '5')).toBe(5);
    expect(resumeId('12; DROP', undefined)).toBeNull();
    expect(resumeId('-1', undefined)).toBeNull();
  });
});
