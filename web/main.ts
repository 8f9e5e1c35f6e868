import { translateShell } from './locale';
import { startEventPage } from './views/event-page';
import { startEventsIndex } from './views/events-index';

// The script runs: the page's own "could not load" notice is not needed.
document.getElementById('assets-failed')?.remove();
translateShell();

const main = document.getElementById('main');
const { page, eventId } = document.body.dataset;
if (main && page === 'events') void startEventsIndex(main);
if (main && page === 'event' && eventId) void startEventPage(eventId, main);
