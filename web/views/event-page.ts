import { loadFeeds, loadProgram } from '../api';
import { debounce, h, replaceChildren } from '../dom';
import { filterSessions, Filters, isFiltering } from '../lib/filters';
import { NowNext, nowAndNext } from '../lib/now-next';
import { indexProgram, ProgramIndex } from '../lib/program-index';
import { localDate } from '../lib/zoned-time';
import { pageWords } from '../offline/offline-bar';
import { StarStore } from '../star-store';
import { agendaView } from './agenda-view';
import { ViewContext } from './context';
import { eventMeta } from './event-meta';
import { copyFromButton, feedsView } from './feeds-view';
import { gridView } from './grid-view';
import { listView } from './list-view';
import { paintLive, paintStar } from './session-card';
import { fillSessionDialog } from './session-dialog';
import { dayTabs, filterForm, paintToolbar, View, VIEWS, viewSwitch } from './toolbar';

const PHONE = '(max-width: 44rem)';

interface PageState {
  view: View;
  day: string;
  filters: Filters;
  viewerZone: boolean;
}

/** The event page: loads the published program from the public API and keeps the views in step. */
export async function startEventPage(eventId: string, main: HTMLElement): Promise<void> {
  const stars = new StarStore(eventId);
  let index: ProgramIndex;
  try {
    [index] = await Promise.all([
      loadProgram(eventId).then((program) => {
        performance.mark('agenda:program-loaded');
        return indexProgram(program);
      }),
      stars.load().catch(() => undefined),
    ]);
  } catch (error) {
    replaceChildren(
      main,
      h(
        'p',
        { class: 'status error', role: 'alert' },
        `The program could not be loaded: ${(error as Error).message}. `,
        h('a', { href: location.href }, 'Try again'),
      ),
    );
    return;
  }
  stars.prune((id) => index.sessionById.has(id));
  new EventPage(index, stars, main).start();
}

class EventPage {
  private readonly state: PageState;
  private readonly ctx: ViewContext;
  private readonly panel = h('section', { id: 'program-panel', class: 'panel', tabindex: '-1' });
  private readonly toolbar: HTMLElement;
  private readonly filterBar: HTMLElement;
  private readonly dialog = h('dialog', { class: 'session-dialog', 'aria-labelledby': 'dialog-title' });
  private readonly announcer = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  private readonly syncStatus = h('p', { class: 'sync-status', role: 'status', 'data-sync': '' });
  private readonly viewerZoneName = Intl.DateTimeFormat().resolvedOptions().timeZone;

  constructor(
    private readonly index: ProgramIndex,
    private readonly stars: StarStore,
    private readonly main: HTMLElement,
  ) {
    const params = new URLSearchParams(location.search);
    const today = localDate(Date.now(), index.zone);
    const day =
      [params.get('day'), today].find((candidate) => candidate && index.days.includes(candidate)) ?? index.days[0];
    const requested = VIEWS.find((view) => view.id === params.get('view'))?.id;
    const phone = matchMedia(PHONE).matches;
    this.state = { view: requested ?? (phone ? 'list' : 'grid'), day, filters: {}, viewerZone: false };
    this.ctx = { index, stars, zone: index.zone, live: nowAndNext([], 0) };
    this.toolbar = h(
      'div',
      { class: 'toolbar' },
      viewSwitch((view) => this.update({ view })),
      dayTabs(index.days, (chosen) => this.update({ day: chosen })),
    );
    const typed = debounce(() => this.update({}), 150);
    this.filterBar = filterForm(
      index,
      (patch) => {
        this.state.filters = { ...this.state.filters, ...patch };
        if ('text' in patch && Object.keys(patch).length === 1) typed();
        else this.update({});
      },
      !phone,
    );
  }

  start(): void {
    const meta = document.getElementById('event-meta');
    if (meta)
      replaceChildren(
        meta,
        eventMeta(this.index, this.viewerZoneName, (on) => this.update({ viewerZone: on })),
      );
    replaceChildren(this.main, this.toolbar, this.filterBar, this.syncStatus, this.panel, this.dialog, this.announcer);
    this.main.addEventListener('click', (event) => this.onClick(event));
    this.dialog.addEventListener('close', () => {
      if (location.hash.startsWith('#s=')) history.replaceState(null, '', location.pathname + location.search);
    });
    window.addEventListener('hashchange', () => this.followHash());
    this.stars.onChange(() => this.onStarsChanged());
    this.render();
    performance.mark('agenda:first-render');
    // the frame after the one that shows the program: what an attendee waits for
    requestAnimationFrame(() => setTimeout(() => performance.mark('agenda:first-paint')));
    document.body.dataset.ready = 'true';
    this.followHash();
    setInterval(() => this.refreshLive(), 60_000);
    loadFeeds(this.index.program.event.id)
      .then((feeds) => {
        this.ctx.feeds = feeds;
        if (this.state.view === 'feeds') this.render();
        const open = this.openSessionId();
        if (open && this.dialog.open) this.showSession(open);
      })
      .catch(() => undefined);
  }

  private update(patch: Partial<PageState>): void {
    const dayOrViewChanged =
      (patch.view && patch.view !== this.state.view) || (patch.day && patch.day !== this.state.day);
    Object.assign(this.state, patch);
    this.ctx.zone = this.state.viewerZone ? this.viewerZoneName : this.index.zone;
    const params = new URLSearchParams(location.search);
    params.set('view', this.state.view);
    params.set('day', this.state.day);
    history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    this.render();
    if (dayOrViewChanged)
      this.announcer.textContent = `${VIEWS.find((view) => view.id === this.state.view)!.label}${this.showsDays() ? `, ${this.state.day}` : ''}`;
  }

  private showsDays(): boolean {
    return this.state.view === 'grid' || this.state.view === 'list';
  }

  private render(): void {
    const { view, day } = this.state;
    paintToolbar(this.toolbar, view, day, this.stars.starred.size);
    this.toolbar.querySelector('[role=tablist]')!.toggleAttribute('hidden', !this.showsDays());
    this.filterBar.hidden = !this.showsDays();
    this.panel.setAttribute('role', this.showsDays() ? 'tabpanel' : 'region');
    if (this.showsDays()) this.panel.setAttribute('aria-labelledby', `tab-${day}`);
    else this.panel.setAttribute('aria-label', view === 'agenda' ? 'My agenda' : 'Calendar feeds');
    const daySessions = this.index.byDay.get(day) ?? [];
    this.ctx.live = this.liveMarkers();
    const shown = filterSessions(daySessions, this.state.filters, this.index.searchText);
    const summary = isFiltering(this.state.filters)
      ? h('p', { class: 'match-count', role: 'status' }, `${shown.length} of ${daySessions.length} sessions match`)
      : null;
    const content =
      view === 'grid'
        ? gridView(this.ctx, day, shown)
        : view === 'list'
          ? listView(this.ctx, day, shown)
          : view === 'agenda'
            ? agendaView(this.ctx)
            : feedsView(this.ctx);
    replaceChildren(this.panel, summary, content);
    paintLive(this.panel, this.ctx);
    this.paintSync();
  }

  /** "Now" and "Next" only while the event runs: on today's page, or in My agenda. */
  private liveMarkers(): NowNext {
    const now = Date.now();
    const today = localDate(now, this.index.zone);
    const shown = this.state.view === 'agenda' || (this.showsDays() && this.state.day === today);
    return nowAndNext(shown ? (this.index.byDay.get(today) ?? []) : [], now);
  }

  private refreshLive(): void {
    this.ctx.live = this.liveMarkers();
    paintLive(this.panel, this.ctx);
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    const star = target.closest<HTMLElement>('[data-star]');
    if (star) {
      const starred = this.stars.toggle(star.dataset.star!);
      this.announcer.textContent = starred ? 'Starred' : 'Star removed';
      return;
    }
    const open = target.closest<HTMLAnchorElement>('a[data-open]');
    if (open && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      location.hash = `s=${open.dataset.open}`;
      return;
    }
    if (target.closest('[data-close]')) this.dialog.close();
    const copy = target.closest<HTMLElement>('[data-copy]');
    if (copy) void copyFromButton(copy, (text) => (this.announcer.textContent = text));
    const card =
      !copy && !target.closest('a, button, input, select, dialog') && target.closest<HTMLElement>('[data-session-id]');
    if (card) location.hash = `s=${card.dataset.sessionId}`;
  }

  private openSessionId(): string | undefined {
    return /^#s=([0-9a-f-]{36})$/i.exec(location.hash)?.[1];
  }

  private followHash(): void {
    const id = this.openSessionId();
    if (id && this.index.sessionById.has(id)) this.showSession(id);
    else if (this.dialog.open) this.dialog.close();
  }

  private showSession(id: string): void {
    fillSessionDialog(this.dialog, this.ctx, this.index.sessionById.get(id)!);
    if (!this.dialog.open) this.dialog.showModal();
  }

  private onStarsChanged(): void {
    for (const button of document.querySelectorAll<HTMLElement>('[data-star]'))
      paintStar(button, this.stars.has(button.dataset.star!));
    paintToolbar(this.toolbar, this.state.view, this.state.day, this.stars.starred.size);
    if (this.state.view === 'agenda' || this.state.view === 'feeds') {
      const focused = document.activeElement instanceof HTMLElement && this.panel.contains(document.activeElement);
      this.render();
      if (focused) this.panel.focus();
    }
    this.paintSync();
  }

  private paintSync(): void {
    const labels = {
      idle: '',
      saving: 'Saving your stars…',
      saved: this.stars.starred.size ? 'Your stars are saved.' : '',
      error: 'Your stars could not be saved; they are kept in this browser and saved with the next change.',
      queued: pageWords()('offline.starsQueued'),
    };
    this.syncStatus.textContent = labels[this.stars.state];
    this.syncStatus.dataset.sync = this.stars.state;
  }
}
