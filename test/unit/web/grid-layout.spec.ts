import { layoutGrid } from '../../../web/lib/grid-layout';
import { at, buildSession, buildSlot, indexed } from './program.factory';

function layout(sessions: Parameters<typeof indexed>[0], slots: Parameters<typeof indexed>[1] = []) {
  const index = indexed(sessions, slots);
  return layoutGrid({
    sessions: index.byDay.get('2027-03-10') ?? [],
    rooms: index.rooms,
    slots: index.slotsByDay.get('2027-03-10') ?? [],
    zone: index.zone,
  });
}

describe('layoutGrid', () => {
  it('gives each room in use a column, in room order, and sizes sessions by duration in 5-minute rows', () => {
    const grid = layout([
      buildSession({
        id: 'b1',
        roomId: 'b',
        startsAt: '2027-03-10T10:00:00+01:00',
        endsAt: '2027-03-10T10:45:00+01:00',
      }),
      buildSession({
        id: 'a1',
        roomId: 'a',
        startsAt: '2027-03-10T10:15:00+01:00',
        endsAt: '2027-03-10T11:00:00+01:00',
      }),
    ]);
    expect(grid.columns.map((column) => column.name)).toEqual(['Room A', 'Room B']); // the hall is unused
    expect(grid.start).toBe(at('2027-03-10T10:00:00+01:00'));
    expect(grid.rows).toBe(12);
    const placed = Object.fromEntries(grid.items.map((item) => [item.session.id, item]));
    expect(placed.b1).toMatchObject({ column: 1, row: 0, rowSpan: 9, columnSpan: 1, lanes: 1 });
    expect(placed.a1).toMatchObject({ column: 0, row: 3, rowSpan: 9 });
    expect(grid.ticks.map((tick) => tick.row)).toEqual([0, 6]);
  });

  it('starts the grid on a local half hour and rounds odd minutes outwards', () => {
    const grid = layout([buildSession({ startsAt: '2027-03-10T09:47:00+01:00', endsAt: '2027-03-10T10:02:00+01:00' })]);
    expect(grid.start).toBe(at('2027-03-10T09:30:00+01:00'));
    expect(grid.items[0]).toMatchObject({ row: 3, rowSpan: 4 });
  });

  it('spans a plenary session across every column (its room one of them), but not when something runs beside it', () => {
    const plenary = buildSlot({
      kind: 'plenary',
      startsAt: '2027-03-10T09:00:00+01:00',
      endsAt: '2027-03-10T10:00:00+01:00',
    });
    const grid = layout(
      [
        buildSession({
          id: 'keynote',
          roomId: 'hall',
          slotId: plenary.id,
          startsAt: plenary.startsAt,
          endsAt: plenary.endsAt,
        }),
        buildSession({ id: 'a', roomId: 'a' }),
        buildSession({ id: 'b', roomId: 'b' }),
      ],
      [plenary],
    );
    // the hall hosts only the plenary, and still gets its column
    expect(grid.columns.map((column) => column.id)).toEqual(['hall', 'a', 'b']);
    expect(grid.items.find((item) => item.session.id === 'keynote')).toMatchObject({ column: 0, columnSpan: 3 });

    const crowded = layout(
      [
        buildSession({
          id: 'keynote',
          roomId: 'hall',
          slotId: plenary.id,
          startsAt: plenary.startsAt,
          endsAt: plenary.endsAt,
        }),
        buildSession({
          id: 'early',
          roomId: 'a',
          startsAt: '2027-03-10T09:30:00+01:00',
          endsAt: '2027-03-10T10:30:00+01:00',
        }),
      ],
      [plenary],
    );
    expect(crowded.columns.map((column) => column.id)).toEqual(['hall', 'a']);
    expect(crowded.items.find((item) => item.session.id === 'keynote')).toMatchObject({ column: 0, columnSpan: 1 });
  });

  it('spans a session without a room, and keeps one column when that is all there is', () => {
    const grid = layout([buildSession({ id: 'party', roomId: undefined })]);
    expect(grid.columns).toEqual([{ id: '', name: 'Elsewhere' }]);
    expect(grid.items[0]).toMatchObject({ column: 0, columnSpan: 1 });
  });

  it('draws break slots as bands across the grid, clipped to the shown hours', () => {
    const coffee = buildSlot({
      kind: 'break',
      label: 'Coffee',
      startsAt: '2027-03-10T10:00:00+01:00',
      endsAt: '2027-03-10T10:30:00+01:00',
    });
    const dinner = buildSlot({
      kind: 'break',
      label: 'Dinner',
      startsAt: '2027-03-10T19:00:00+01:00',
      endsAt: '2027-03-10T20:00:00+01:00',
    });
    const grid = layout(
      [
        buildSession({ startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T10:00:00+01:00' }),
        buildSession({ startsAt: '2027-03-10T10:30:00+01:00', endsAt: '2027-03-10T11:00:00+01:00' }),
      ],
      [coffee, dinner],
    );
    expect(grid.bands.map((band) => [band.slot.label, band.row, band.rowSpan])).toEqual([['Coffee', 12, 6]]);
  });

  it('puts overlapping sessions of one room side by side (imported programs have such clashes)', () => {
    const grid = layout([
      buildSession({
        id: 'x',
        roomId: 'a',
        startsAt: '2027-03-10T10:00:00+01:00',
        endsAt: '2027-03-10T11:00:00+01:00',
      }),
      buildSession({
        id: 'y',
        roomId: 'a',
        startsAt: '2027-03-10T10:30:00+01:00',
        endsAt: '2027-03-10T11:30:00+01:00',
      }),
      buildSession({
        id: 'z',
        roomId: 'a',
        startsAt: '2027-03-10T11:00:00+01:00',
        endsAt: '2027-03-10T11:15:00+01:00',
      }),
      buildSession({
        id: 'later',
        roomId: 'a',
        startsAt: '2027-03-10T12:00:00+01:00',
        endsAt: '2027-03-10T12:30:00+01:00',
      }),
    ]);
    const lanes = Object.fromEntries(grid.items.map((item) => [item.session.id, [item.lane, item.lanes]]));
    expect(lanes).toEqual({ x: [0, 2], y: [1, 2], z: [0, 2], later: [0, 1] });
  });

  it('is empty for a day without sessions', () => {
    expect(layout([]).items).toEqual([]);
  });
});
