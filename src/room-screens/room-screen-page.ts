import { AssetUrls, escapeHtml, page } from '../public-site/site-pages';

export interface ScreenShell {
  eventId: string;
  eventName: string;
  /** Absent for the whole venue's screen. */
  room?: { id: string; name: string };
}

/**
 * The shell of a room screen: names the event and the room so the first paint is right, carries
 * no program data; the script reads the public API, keeps a copy and follows new versions.
 */
export function roomScreenPage(shell: ScreenShell, assets: AssetUrls): string {
  const where = shell.room?.name ?? 'All rooms';
  return page({
    title: `${where}: now and next · ${shell.eventName}`,
    assets,
    noindex: true,
    attributes: {
      'data-page': 'room-screen',
      'data-event-id': shell.eventId,
      ...(shell.room && { 'data-room-id': shell.room.id }),
    },
    body: `<main id="main" class="screen" tabindex="-1">
<header class="screen-header"><h1 id="screen-title">${escapeHtml(where)}</h1><p class="screen-event">${escapeHtml(shell.eventName)}</p></header>
<p class="screen-status" role="status">Loading the program…</p>
<noscript><p>This screen needs JavaScript.</p></noscript>
</main>`,
  });
}
