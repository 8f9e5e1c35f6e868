import { startEventPage } from './views/event-page';
import { startEventsIndex } from './views/events-index';

const main = document.getElementById('main');
const { page, eventId } = document.body.dataset;
if (main && page === 'events') void startEventsIndex(main);
if (main && page === 'event' && eventId) void startEventPage(eventId, main);
