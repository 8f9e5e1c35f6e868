import { heat, inkOn, svg } from './svg';
import { Insights, SessionInsight } from './types';

const LABEL_W = 170;
const ROW_H = 28;
const HEAD_H = 22;
const PX_PER_HOUR = 110;

/**
 * Interest per session over the room × time grid of one day: a row per room, each session a cell
 * as wide as it lasts, coloured by its stars on one scale for the whole event; cells whose
 * projected attendance exceeds the room's capacity are outlined.
 */
export function heatmap(insights: Insights, date: string): SVGSVGElement {
  const span = insights.grid.days.find((day) => day.date === date)!;
  const from = Date.parse(span.startsAt);
  const to = Date.parse(span.endsAt);
  const plotW = Math.max(480, ((to - from) / 3_600_000) * PX_PER_HOUR);
  const rooms = insights.rooms;
  const rowOf = new Map(rooms.map((room, i) => [room.id, i]));
  const height = HEAD_H + rooms.length * ROW_H + 4;
  const x = (instant: number) => LABEL_W + ((instant - from) / (to - from)) * plotW;
  const maxStars = Math.max(1, ...insights.sessions.map((s) => s.stars));
  const overflowing = new Set(insights.roomFit.overflows.map((o) => o.sessionId));
  const hour = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: insights.timezone,
  });

  const ticks = [];
  for (let at = from; at <= to; at += 3_600_000) {
    ticks.push(svg('line', { x1: x(at), x2: x(at), y1: HEAD_H - 4, y2: height, class: 'tick' }));
    ticks.push(svg('text', { x: x(at) + 3, y: HEAD_H - 8, class: 'tick-label' }, hour.format(at)));
  }
  const rows = rooms.map((room, i) =>
    svg(
      'g',
      { class: 'room-row' },
      svg('rect', {
        x: 0,
        y: HEAD_H + i * ROW_H,
        width: LABEL_W + plotW,
        height: ROW_H,
        class: i % 2 ? 'band odd' : 'band',
      }),
      svg(
        'text',
        { x: 6, y: HEAD_H + i * ROW_H + ROW_H / 2 + 4, class: 'room-label' },
        room.capacity === undefined ? room.name : `${room.name} (${room.capacity})`,
      ),
    ),
  );

  const placed = insights.sessions.filter(
    (s): s is SessionInsight & Required<Pick<SessionInsight, 'roomId' | 'startsAt' | 'endsAt'>> =>
      s.day === date &&
      s.roomId !== undefined &&
      rowOf.has(s.roomId) &&
      s.startsAt !== undefined &&
      s.endsAt !== undefined,
  );
  const cells = placed.map((session) => {
    const left = x(Date.parse(session.startsAt));
    const width = Math.max(2, x(Date.parse(session.endsAt)) - left - 1);
    const top = HEAD_H + rowOf.get(session.roomId)! * ROW_H + 2;
    const level = session.stars / maxStars;
    const over = overflowing.has(session.id);
    const cancelled = session.status === 'cancelled';
    const tip =
      `${session.title}: ${session.stars} stars, ${session.projectedAttendance} expected` +
      `${session.capacity !== undefined ? ` for ${session.capacity} seats` : ''}${over ? ' (over capacity)' : ''}${cancelled ? ' (cancelled)' : ''}`;
    return svg(
      'g',
      {
        class: `cell${over ? ' over' : ''}${cancelled ? ' cancelled' : ''}`,
        'data-session-id': session.id,
        'data-stars': session.stars,
        'data-over-capacity': over ? 'true' : 'false',
      },
      svg('title', {}, tip),
      svg('rect', { x: left, y: top, width, height: ROW_H - 4, rx: 3, fill: heat(level) }),
      width >= 26
        ? svg(
            'text',
            { x: left + width / 2, y: top + ROW_H / 2 + 2, class: 'cell-label', fill: inkOn(level) },
            session.stars,
          )
        : null,
    );
  });

  return svg(
    'svg',
    {
      class: 'heatmap',
      'data-testid': 'heatmap',
      'data-date': date,
      role: 'img',
      width: LABEL_W + plotW,
      height,
      viewBox: `0 0 ${LABEL_W + plotW} ${height}`,
      'aria-label': `Interest per session on ${date}, by room and time`,
    },
    rows,
    ticks,
    cells,
  );
}

/** The colour scale under the map. */
export function heatLegend(maxStars: number): SVGSVGElement {
  const steps = 10;
  return svg(
    'svg',
    { class: 'legend', width: 400, height: 34, role: 'img', 'aria-label': `Colour scale from 0 to ${maxStars} stars` },
    Array.from({ length: steps }, (_, i) =>
      svg('rect', { x: i * 24, y: 0, width: 24, height: 14, fill: heat(i / (steps - 1)) }),
    ),
    svg('text', { x: 0, y: 30, class: 'tick-label' }, '0 stars'),
    svg('text', { x: steps * 24, y: 30, class: 'tick-label', 'text-anchor': 'end' }, `${maxStars} stars`),
    svg('rect', { x: steps * 24 + 14, y: 0, width: 24, height: 14, fill: heat(0.5), class: 'legend-over' }),
    svg('text', { x: steps * 24 + 42, y: 12, class: 'tick-label' }, 'over capacity'),
  );
}
