import { loadFeeds, loadProgram } from '../api';
import { debounce, h, replaceChildren } from '../dom';
import { filterSessions, Filters, isFiltering } from '../lib/filters';
import { NowNext, nowAndNext } from '../lib/now-next';
import { indexProgram, ProgramIndex } from '../lib/program-index';
import { loadRichText } from '../lib/rich-text-loader';
import { localDate, longDayLabel } from '../lib/zoned-time';
import { locale, t } from '../locale';
import { StarStore } from '../star-store';
import { agendaView } from './agenda-view';
import { ViewContext } from './context';
import { eventMeta, MetaFacts, shellFacts } from './event-meta';
import { copyFromButton, feedsView } from './feeds-view';
import { gridView } from './grid-view';
import { listView } from './list-view';
import { nextTask, ProgressiveRender } from './progressive';
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
  // the request goes out first: everything below runs while the program is on its way
  const programRead = loadProgram(eventId);
  programRead.catch(() => undefined); // handled below, once awaited
  const stars = new StarStore(eventId);
  const starsRead = stars.load().catch(() => undefined);
  // The header from the page's attributes, before the first paint (the script blocks rendering):
  // complete from the start, and the first use of Intl (ICU start-up, a long task on a slow
  // phone) happens before the page shows, not while it is in use.
  const early = shellFacts(document.body.dataset);
  const meta = document.getElementById('event-meta');
  if (early && meta) replaceChildren(meta, eventMeta(early, Intl.DateTimeFormat().resolvedOptions().timeZone));
  let index: ProgramIndex;
  try {
    const program = await programRead;
    performance.mark('agenda:program-loaded');
    // each step of the start-up is a task of its own, so none blocks input for long on a slow phone
    await nextTask();
    index = indexProgram(program);
    await starsRead;
  } catch (error) {
    replaceChildren(
      main,
      h(
        'p',
        { class: 'status error', role: 'alert' },
        t('event.failed', { error: (error as Error).message }),
        ' ',
        h('a', { href: location.href }, t('event.retry')),
      ),
    );
    return;
  }
  stars.prune((id) => index.sessionById.has(id));
  await nextTask();
  const page = new EventPage(index, stars, main);
  await nextTask();
  await page.start();
}

function programFacts(index: ProgramIndex): MetaFacts {
  const { event } = index.program;
  return {
    first: index.days[0],
    last: index.days[index.days.length - 1],
    zone: index.zone,
    venue: event.venue ?? undefined,
    description: event.description ?? undefined,
  };
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
  private readonly progressive = new ProgressiveRender();

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

  /** Resolves once the whole first view is in the page (`data-ready`). */
  start(): Promise<void> {
    const meta = document.getElementById('event-meta');
    if (meta)
      replaceChildren(
        meta,
        eventMeta(programFacts(this.index), this.viewerZoneName, (on) => this.update({ viewerZone: on })),
      );
    replaceChildren(this.main, this.toolbar, this.filterBar, this.syncStatus, this.panel, this.dialog, this.announcer);
    this.main.addEventListener('click', (event) => this.onClick(event));
    this.dialog.addEventListener('close', () => {
      if (location.hash.startsWith('#s=')) history.replaceState(null, '', location.pathname + location.search);
    });
    window.addEventListener('hashchange', () => this.followHash());
    this.stars.onChange(() => this.onStarsChanged());
    const ready = new Promise<void>((resolve) =>
      this.render(() => {
        // every card is in the page (a big day's later part came after the first paint)
        document.body.dataset.ready = 'true';
        this.followHash();
        resolve();
      }),
    );
    performance.mark('agenda:first-render');
    // the frame after the one that shows the program (its first screen): what an attendee waits for
    requestAnimationFrame(() => setTimeout(() => performance.mark('agenda:first-paint')));
    setInterval(() => this.refreshLive(), 60_000);
    // the feed directory (large at FOSDEM scale) is for the details and the feeds view: after the program
    void ready.then(() => this.loadFeeds());
    return ready;
  }

  private loadFeeds(): void {
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
      this.announcer.textContent = this.showsDays()
        ? t('toolbar.announce', { view: t(`view.${this.state.view}`), day: longDayLabel(this.state.day, locale) })
        : t(`view.${this.state.view}`);
  }

  private showsDays(): boolean {
    return this.state.view === 'grid' || this.state.view === 'list';
  }

  /** Paints the view; `done` once all of it is in the page (big days finish after the first screen). */
  private render(done?: () => void): void {
    const { view, day } = this.state;
    paintToolbar(this.toolbar, view, day, this.stars.starred.size);
    this.toolbar.querySelector('[role=tablist]')!.toggleAttribute('hidden', !this.showsDays());
    this.filterBar.hidden = !this.showsDays();
    this.panel.setAttribute('role', this.showsDays() ? 'tabpanel' : 'region');
    if (this.showsDays()) this.panel.setAttribute('aria-labelledby', `tab-${day}`);
    else this.panel.setAttribute('aria-label', t(`view.${view}`));
    const daySessions = this.index.byDay.get(day) ?? [];
    this.ctx.live = this.liveMarkers();
    const shown = filterSessions(daySessions, this.state.filters, this.index.searchText);
    const summary = isFiltering(this.state.filters)
      ? h(
          'p',
          { class: 'match-count', role: 'status' },
          t('filter.matches', { shown: shown.length, total: daySessions.length }),
        )
      : null;
    const later = this.progressive.laterFor(this.showsDays() ? shown.length : 0);
    const content =
      view === 'grid'
        ? gridView(this.ctx, day, shown, later)
        : view === 'list'
          ? listView(this.ctx, day, shown, later)
          : view === 'agenda'
            ? agendaView(this.ctx)
            : feedsView(this.ctx);
    // the day as a heading between the event's h1 and the cards' h3 (no level skipped); the tabs show it already
    const dayHeading = this.showsDays() && h('h2', { class: 'sr-only' }, longDayLabel(day, locale));
    replaceChildren(this.panel, dayHeading, summary, content);
    paintLive(this.panel, this.ctx);
    this.paintSync();
    this.progressive.finish(() => {
      // cards built later than the first screen get their Now and Next marks (a running event only)
      if (later && (this.ctx.live.now.size || this.ctx.live.next.size)) paintLive(this.panel, this.ctx);
      done?.();
    });
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
      this.announcer.textContent = t(starred ? 'page.starred' : 'page.unstarred');
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
    void loadRichText().then((renderRichText) => {
      if (this.openSessionId() !== id) return; // another session was asked for, or the dialog closed, meanwhile
      fillSessionDialog(this.dialog, this.ctx, this.index.sessionById.get(id)!, renderRichText);
      if (!this.dialog.open) this.dialog.showModal();
    });
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
      saving: t('sync.saving'),
      saved: this.stars.starred.size ? t('sync.saved') : '',
      error: t('sync.error'),
      queued: t('offline.starsQueued'),
    };
    this.syncStatus.textContent = labels[this.stars.state];
    this.syncStatus.dataset.sync = this.stars.state;
  }
}
