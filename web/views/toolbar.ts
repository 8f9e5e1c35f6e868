import { h } from '../dom';
import { Filters } from '../lib/filters';
import { ProgramIndex } from '../lib/program-index';
import { dayLabel, longDayLabel } from '../lib/zoned-time';
import { locale, t } from '../locale';
import { typeLabel } from './context';

export type View = 'grid' | 'list' | 'agenda' | 'feeds';

export const VIEWS: { id: View }[] = [{ id: 'grid' }, { id: 'list' }, { id: 'agenda' }, { id: 'feeds' }];

/** Built once; `paintToolbar` marks the current view and day, so focus stays on the button pressed. */
export function viewSwitch(choose: (view: View) => void): HTMLElement {
  return h(
    'nav',
    { class: 'views', 'aria-label': t('toolbar.views') },
    h(
      'ul',
      null,
      VIEWS.map((view) =>
        h(
          'li',
          null,
          h(
            'button',
            { type: 'button', class: 'view-button', 'data-view': view.id, onclick: () => choose(view.id) },
            t(`view.${view.id}`),
            view.id === 'agenda' && h('span', { class: 'count', 'data-star-count': '' }),
          ),
        ),
      ),
    ),
  );
}

export function paintToolbar(root: ParentNode, view: View, day: string, starCount: number): void {
  for (const button of root.querySelectorAll<HTMLElement>('[data-view]'))
    button.setAttribute('aria-pressed', String(button.dataset.view === view));
  for (const tab of root.querySelectorAll<HTMLElement>('[role=tab]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.day === day));
    tab.tabIndex = tab.dataset.day === day ? 0 : -1;
  }
  const count = root.querySelector('[data-star-count]');
  if (count) count.textContent = starCount ? ` (${starCount})` : '';
}

/** Day tabs with the arrow-key behaviour of the WAI-ARIA tabs pattern (one tab stop, arrows move). */
export function dayTabs(days: string[], choose: (day: string) => void): HTMLElement {
  const tabs = days.map((day) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${day}`,
        'data-day': day,
        'aria-controls': 'program-panel',
        title: longDayLabel(day, locale),
        onclick: () => choose(day),
      },
      dayLabel(day, locale),
    ),
  );
  const list = h('div', { class: 'day-tabs', role: 'tablist', 'aria-label': t('toolbar.days') }, tabs);
  list.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const target = tabs[(moves[event.key] + tabs.length) % tabs.length];
    target.focus();
    choose(target.dataset.day!);
  });
  return list;
}

/** Built once; each change reports only the field that changed. Folded away on phones until asked for. */
export function filterForm(index: ProgramIndex, change: (patch: Filters) => void, open: boolean): HTMLElement {
  const select = (name: keyof Filters, label: string, all: string, options: { value: string; label: string }[]) =>
    h(
      'label',
      { class: 'filter' },
      h('span', null, label),
      h(
        'select',
        {
          name,
          onchange: (event: Event) => change({ [name]: (event.target as HTMLSelectElement).value || undefined }),
        },
        h('option', { value: '' }, all),
        options.map((option) => h('option', { value: option.value }, option.label)),
      ),
    );
  const search = h('input', {
    type: 'search',
    name: 'text',
    placeholder: t('filter.placeholder'),
    autocomplete: 'off',
  });
  search.addEventListener('input', () => change({ text: search.value }));
  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': t('filter.label'),
      onsubmit: (event: Event) => event.preventDefault(),
    },
    select(
      'track',
      t('filter.track'),
      t('filter.allTracks'),
      index.program.tracks.map((track) => ({ value: track.id, label: track.name })),
    ),
    select(
      'room',
      t('filter.room'),
      t('filter.allRooms'),
      index.rooms.map((room) => ({ value: room.id, label: room.name })),
    ),
    select(
      'type',
      t('filter.type'),
      t('filter.allTypes'),
      index.types.map((type) => ({ value: type, label: typeLabel(type) })),
    ),
    h('label', { class: 'filter filter-text' }, h('span', null, t('filter.search')), search),
    h(
      'button',
      {
        type: 'reset',
        class: 'button secondary',
        onclick: () => change({ track: undefined, room: undefined, type: undefined, text: undefined }),
      },
      t('filter.clear'),
    ),
  );
  return h('details', { class: 'filter-box', open }, h('summary', null, t('filter.box')), form);
}
