import { h, replaceChildren } from '../dom';
import { heatLegend, heatmap } from './heatmap';
import { reachChart } from './reach-chart';
import { Insights, Overflow } from './types';

/**
 * The organizer's insights page. It carries no data of its own: it asks the insights API with the
 * organizer's session cookie (same origin), or with an API token given as `#token=...` (the
 * fragment never reaches the server or its logs), and offers a sign-in form on 401.
 */
const eventId = document.body.dataset.eventId ?? '';
const main = document.getElementById('main')!;
const base = `/api/events/${encodeURIComponent(eventId)}`;
const token = takeToken();
let selectedDay: string | undefined;

function takeToken(): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) history.replaceState(null, '', location.pathname + location.search);
  return match ? decodeURIComponent(match[1]) : undefined;
}

function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(init.body ? { 'content-type': 'application/json' } : {}),
  };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(path, { credentials: 'same-origin', ...init, headers });
}

function status(text: string, error = false): void {
  replaceChildren(main, h('p', { class: error ? 'status error' : 'status', role: 'status' }, text));
}

async function load(noShowRate?: number): Promise<void> {
  const query = noShowRate === undefined ? '' : `?noShowRate=${noShowRate}`;
  const response = await api(`${base}/insights${query}`);
  if (response.status === 401) return showLogin();
  if (!response.ok)
    return status(
      response.status === 403
        ? 'You are not an organizer of this event.'
        : `Could not load the insights (${response.status}).`,
      true,
    );
  const insights = (await response.json()) as Insights;
  const event = (await api(base).then((res) => (res.ok ? res.json() : null))) as { name?: string } | null;
  if (event?.name) {
    document.getElementById('event-name')!.textContent = `${event.name}: insights`;
    document.title = `${event.name}: insights`;
  }
  render(insights);
}

function showLogin(): void {
  const message = h('p', { class: 'status', role: 'status' }, 'Sign in as an organizer to see the insights.');
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    { class: 'login', 'data-testid': 'login' },
    message,
    h('label', null, 'E-mail', email),
    h('label', null, 'Password', password),
    h('button', { type: 'submit', class: 'button' }, 'Sign in'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void api('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: email.value, password: password.value }),
    }).then((res) => {
      if (res.ok) return load();
      message.textContent =
        res.status === 429 ? 'Too many attempts; wait a minute.' : 'E-mail or password not recognised.';
      message.className = 'status error';
    });
  });
  replaceChildren(main, form);
}

function render(insights: Insights): void {
  const days = insights.grid.days.map((day) => day.date);
  if (!selectedDay || !days.includes(selectedDay)) selectedDay = days[0];
  const { totals } = insights;
  const maxStars = Math.max(0, ...insights.sessions.map((s) => s.stars));
  const mapBox = h('div', { class: 'map-box' });
  const drawMap = () =>
    replaceChildren(mapBox, selectedDay ? heatmap(insights, selectedDay) : h('p', { class: 'empty' }, 'No days.'));
  const tabs = days.map((day) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': String(day === selectedDay),
        onclick: () => {
          selectedDay = day;
          tabs.forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.day === day)));
          drawMap();
        },
        'data-day': day,
      },
      longDate(day),
    ),
  );
  drawMap();

  const rate = h('input', {
    type: 'number',
    min: 0,
    max: 95,
    step: 5,
    value: Math.round(insights.noShowRate * 100),
    id: 'no-show',
  });
  rate.addEventListener('change', () => void load(Math.min(95, Math.max(0, Number(rate.value))) / 100));

  replaceChildren(
    main,
    h(
      'p',
      { class: 'summary', 'data-testid': 'summary' },
      `${totals.agendas} personal agendas (${totals.agendasWithStars} with stars), ${totals.stars} stars over ${totals.sessions} sessions.`,
    ),
    h(
      'div',
      { class: 'toolbar' },
      h('label', { for: 'no-show' }, 'No-show rate (%) ', rate),
      h(
        'a',
        { class: 'button secondary', href: `${base}/insights.csv?noShowRate=${insights.noShowRate}`, download: '' },
        'Sessions CSV',
      ),
      h('a', { class: 'button secondary', href: `${base}/insights/feed-reach.csv`, download: '' }, 'Feed reach CSV'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'heat-title' },
      h('h2', { id: 'heat-title' }, 'Interest by room and time'),
      h('div', { class: 'day-tabs', role: 'tablist' }, tabs),
      mapBox,
      heatLegend(maxStars),
    ),
    h(
      'section',
      { 'aria-labelledby': 'fit-title' },
      h('h2', { id: 'fit-title' }, `Rooms too small (${insights.roomFit.overflows.length})`),
      overflowTable(insights.roomFit.overflows),
    ),
    h(
      'section',
      { 'aria-labelledby': 'reach-title' },
      h('h2', { id: 'reach-title' }, 'Calendar feed reach'),
      insights.feedReach.days.length
        ? reachChart(insights.feedReach.days)
        : h('p', { class: 'empty' }, 'No feed fetches recorded yet.'),
      feedTable(insights),
      h(
        'p',
        { class: 'method' },
        'Counted without tracking anyone: a fetch adds to a per-day count; distinct subscribers are told apart by a hash of feed, address and user agent under a random salt of the day, and the hashes and the salt are deleted when the day is over. Days are UTC dates.',
      ),
    ),
  );
}

function overflowTable(overflows: Overflow[]): HTMLElement {
  if (!overflows.length) return h('p', { class: 'empty' }, 'Every session fits its room.');
  return h(
    'table',
    { class: 'data', 'data-testid': 'overflows' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, 'Session'),
        h('th', null, 'Room (seats)'),
        h('th', null, 'Expected'),
        h('th', null, 'Over by'),
        h('th', null, 'Proposals'),
      ),
    ),
    h(
      'tbody',
      null,
      overflows.map((o) =>
        h(
          'tr',
          null,
          h('td', null, o.title),
          h('td', null, `${o.roomName} (${o.capacity})`),
          h('td', null, `${o.projectedAttendance} (${o.basis === 'interest' ? 'stars' : 'estimate'})`),
          h('td', null, o.overflowBy),
          h(
            'td',
            null,
            o.suggestions.length
              ? h(
                  'ul',
                  null,
                  o.suggestions.map((s) =>
                    h(
                      'li',
                      null,
                      s.kind === 'move'
                        ? `Move to ${s.roomName} (${s.capacity}), free at that time`
                        : `Swap rooms with “${s.withTitle}” in ${s.roomName} (${s.capacity})`,
                    ),
                  ),
                )
              : 'No free room is big enough.',
          ),
        ),
      ),
    ),
  );
}

function feedTable(insights: Insights): HTMLElement | null {
  const feeds = insights.feedReach.feeds.slice(0, 10);
  if (!feeds.length) return null;
  return h(
    'table',
    { class: 'data' },
    h(
      'thead',
      null,
      h('tr', null, h('th', null, 'Feed'), h('th', null, 'Fetches'), h('th', null, 'Subscribers (busiest day)')),
    ),
    h(
      'tbody',
      null,
      feeds.map((feed) =>
        h(
          'tr',
          null,
          h('td', null, `${feed.name} (${feed.kind})`),
          h('td', null, feed.fetches),
          h('td', null, feed.peakSubscribers),
        ),
      ),
    ),
  );
}

function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

void load().catch((error: unknown) => status(`Could not load the insights: ${String(error)}`, true));
