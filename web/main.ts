import { OfflineBar } from './offline/offline-bar';
import { keepForOffline, listenToServiceWorker } from './offline/register';
import { translateShell } from './locale';
import { startEventPage } from './views/event-page';
import { startEventsIndex } from './views/events-index';

// before the page's first read, so the worker's "served from the stored copy" notes all arrive
listenToServiceWorker();

// The script runs: the page's own "could not load" notice is not needed.
document.getElementById('assets-failed')?.remove();
translateShell();

const main = document.getElementById('main');
const { page, eventId } = document.body.dataset;
if (main && page === 'events') void startEventsIndex(main).then(keepForOffline);
if (main && page === 'event' && eventId)
  void startEventPage(eventId, main).then(async () => {
    const header = document.querySelector('.site-header .wrap');
    if (document.body.dataset.ready === 'true' && header)
      await new OfflineBar(eventId).start(header).catch(() => undefined);
    await keepForOffline();
  });
