import { h, replaceChildren } from '../dom';
import { changeCount, changelogInWords } from './changelog-words';
import { offlineLanguage, offlineTranslator, OfflineTranslate } from './messages';
import { onServedFromCache } from './register';
import { readSeenVersion, writeSeenVersion } from './seen-version';
import { changesSince, eventZone, latestVersion } from './versions-api';

/** How often an open page asks whether a new version was published (also on `online` and on return to the tab). */
const CHECK_EVERY_MS = 60_000;

export const pageWords = (): OfflineTranslate =>
  offlineTranslator(offlineLanguage(document.documentElement.lang, navigator.languages));

/**
 * The note and banner above the program: "offline, as of <time>" when the page shows a stored
 * copy or loses the network, and "program updated: N changes" (with the changelog in words) when
 * a version newer than the one on screen is published, or was since this browser's last visit.
 */
export class OfflineBar {
  private readonly tr = pageWords();
  private readonly lang = offlineLanguage(document.documentElement.lang, navigator.languages);
  /** dates in the viewer's own regional format when it is of the page's language (en-GB: 2 Dec 2026, 09:37) */
  private readonly locale =
    navigator.languages.find((tag) => tag.toLowerCase().split('-')[0] === this.lang) ?? this.lang;
  private readonly note = h('p', { class: 'offline-note', role: 'status' });
  private readonly updateText = h('p', { class: 'update-text', role: 'status' });
  private readonly changesList = h('ul', { id: 'program-changes', class: 'program-changes', hidden: true });
  private readonly toggle = h(
    'button',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'program-changes' },
    this.tr('updates.show'),
  );
  private readonly update = h(
    'section',
    { class: 'program-update', 'aria-label': this.tr('updates.heading'), hidden: true },
    this.updateText,
    h(
      'div',
      { class: 'update-actions' },
      this.toggle,
      h('button', { type: 'button', 'data-reload': '' }, this.tr('updates.reload')),
    ),
    this.changesList,
  );
  private asOf?: Date;
  private shown?: number;
  private latest?: number;
  private checking = false;
  private readonly loadedAt = new Date();

  constructor(private readonly eventId: string) {}

  /** Call when the program is on screen: the version it shows is the one the API names now. */
  async start(host: Element): Promise<void> {
    host.append(this.note, this.update);
    this.note.hidden = true;
    onServedFromCache((storedAt) => this.showOffline(storedAt));
    window.addEventListener('offline', () => this.showOffline(this.asOf ?? this.loadedAt));
    window.addEventListener('online', () => {
      this.note.hidden = true;
      void this.check();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
    this.toggle.addEventListener('click', () => this.toggleChanges());
    this.update.querySelector('[data-reload]')!.addEventListener('click', () => {
      if (this.latest) writeSeenVersion(this.eventId, this.latest);
      location.reload();
    });
    setInterval(() => void this.check(), CHECK_EVERY_MS);

    this.shown = await latestVersion(this.eventId).catch(() => undefined);
    if (this.shown === undefined) return;
    const seen = readSeenVersion(this.eventId);
    writeSeenVersion(this.eventId, Math.max(seen ?? 0, this.shown));
    if (seen && seen < this.shown && !this.asOf) await this.announce(seen, this.shown, 'since-visit');
  }

  private showOffline(storedAt: Date): void {
    if (!this.asOf || storedAt < this.asOf) this.asOf = storedAt;
    const time = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(this.asOf);
    this.note.textContent = this.tr('offline.note', { time });
    this.note.hidden = false;
  }

  private async check(): Promise<void> {
    if (this.shown === undefined || this.checking || !navigator.onLine) return;
    this.checking = true;
    try {
      const latest = await latestVersion(this.eventId);
      if (latest > (this.latest ?? this.shown)) await this.announce(this.shown, latest, 'while-open');
    } catch {
      // the network went away again: the next check tries anew
    } finally {
      this.checking = false;
    }
  }

  private async announce(since: number, latest: number, when: 'since-visit' | 'while-open'): Promise<void> {
    const [{ changes }, zone] = await Promise.all([changesSince(this.eventId, since), eventZone(this.eventId)]);
    this.latest = latest;
    const count = changeCount(changes);
    const one = count === 1;
    this.updateText.textContent =
      when === 'since-visit'
        ? this.tr(one ? 'updates.sinceVisitOne' : 'updates.sinceVisit', { count })
        : this.tr(one ? 'updates.countOne' : 'updates.count', { count });
    const clock = new Intl.DateTimeFormat(this.locale, {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    replaceChildren(
      this.changesList,
      changelogInWords(changes, this.tr, (instant) => clock.format(new Date(instant))).map((line) =>
        h('li', null, line),
      ),
    );
    // a page loaded fresh already shows the new program: nothing to reload
    (this.update.querySelector('[data-reload]') as HTMLElement).hidden = when === 'since-visit';
    this.update.hidden = false;
  }

  private toggleChanges(): void {
    const open = this.changesList.hidden;
    this.changesList.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    this.toggle.textContent = this.tr(open ? 'updates.hide' : 'updates.show');
  }
}
