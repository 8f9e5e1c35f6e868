import { h } from '../dom';
import { GridPlacement, layoutGrid } from '../lib/grid-layout';
import { TimedSession } from '../lib/program-index';
import { clockTime, longDayLabel, timeRange } from '../lib/zoned-time';
import { locale, t } from '../locale';
import { ViewContext } from './context';
import { Later } from './progressive';
import { sessionCard } from './session-card';

/** Rough size of a grid cell (a 5-minute row is 0.6rem, a room column at least 10.5rem), to tell what the first screen shows. */
const ROW_PX = 9.6;
const COLUMN_PX = 168;

/**
 * A day as a timetable: rooms as columns, 5-minute rows, sessions as tall as they last,
 * plenaries across all rooms, breaks as bands. CSS grid places everything; the DOM keeps
 * the sessions in time order, which is the order keyboard and screen reader users meet them in.
 * With `later`, cards outside the first screen are built in later tasks, each into the place an
 * empty comment kept for it, so the order stays the same and nothing on screen moves.
 */
export function gridView(ctx: ViewContext, day: string, sessions: TimedSession[], later?: Later): HTMLElement {
  const layout = layoutGrid({
    sessions,
    rooms: ctx.index.rooms,
    slots: ctx.index.slotsByDay.get(day) ?? [],
    zone: ctx.zone,
  });
  if (!layout.items.length) return h('p', { class: 'empty' }, t('grid.empty'));
  const grid = h('div', { class: 'grid', 'data-testid': 'grid' });
  grid.style.setProperty('--rows', String(layout.rows));
  const place = (element: HTMLElement, row: number, rowSpan: number, column: number, columnSpan: number) => {
    element.style.gridRow = `${row + 2} / span ${rowSpan}`;
    element.style.gridColumn = `${column + 2} / span ${columnSpan}`;
    return element;
  };
  grid.append(h('div', { class: 'grid-corner', 'aria-hidden': 'true' }));
  layout.columns.forEach((column, index) => {
    const name = column.id ? column.name : t('grid.elsewhere');
    const header = h('div', { class: 'grid-room', 'aria-hidden': 'true', title: name }, name);
    header.style.gridColumn = String(index + 2);
    grid.append(header);
  });
  const rowsPerTick = 30 / layout.stepMinutes;
  for (const tick of layout.ticks) {
    grid.append(
      place(
        h('div', { class: 'grid-time', 'aria-hidden': 'true' }, clockTime(tick.at, ctx.zone, locale)),
        tick.row,
        rowsPerTick,
        -1,
        1,
      ),
    );
  }
  for (const band of layout.bands) {
    const label = band.slot.label ?? t('grid.break');
    grid.append(
      place(
        h(
          'div',
          { class: 'grid-break' },
          h('span', null, t('grid.band', { label, time: timeRange(band.slot.start, band.slot.end, ctx.zone, locale) })),
        ),
        band.row,
        band.rowSpan,
        0,
        layout.columns.length,
      ),
    );
  }
  const buildCard = (item: GridPlacement) => {
    const card = place(
      sessionCard(ctx, item.session, { heading: 'h3', roomVisible: item.columnSpan > 1 }),
      item.row,
      item.rowSpan,
      item.column,
      item.columnSpan,
    );
    if (item.columnSpan > 1) card.classList.add('plenary');
    if (item.rowSpan * layout.stepMinutes <= 20) card.classList.add('short'); // room for one line: the title
    if (item.lanes > 1) {
      card.classList.add('in-lanes');
      card.style.setProperty('--lane', String(item.lane));
      card.style.setProperty('--lanes', String(item.lanes));
    }
    return card;
  };
  const firstRows = Math.ceil(window.innerHeight / ROW_PX);
  const firstColumns = Math.ceil(window.innerWidth / COLUMN_PX);
  for (const item of layout.items) {
    if (later && (item.row > firstRows || item.column > firstColumns)) {
      const spot = grid.appendChild(document.createComment(''));
      later.build(() => {
        const card = buildCard(item);
        later.attach(() => spot.replaceWith(card));
      });
    } else grid.append(buildCard(item));
  }
  const region = h(
    'div',
    { class: 'grid-scroll', role: 'region', 'aria-label': t('grid.label', { day: longDayLabel(day, locale) }) },
    grid,
  );
  region.style.setProperty('--columns', String(layout.columns.length));
  return region;
}
