import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { t } from './i18n';
import { Layout } from './layout';
import { Account } from './screens/account';
import { EventScreen } from './screens/event-screen';
import { EventsList } from './screens/events-list';
import { NewEvent } from './screens/new-event';
import { SignIn, SignUp } from './screens/sign-in';
import { loadMe, me, watchSession } from './session';

/** Links the console routes itself; the insights page (and the API, exports, the public pages) load as pages of their own. */
const CONSOLE_SCOPE = /^\/organizer(?!\/events\/[^/]+\/insights)(\/|$)/;

/** Every console address: /organizer, /organizer/account, /organizer/events/new, /organizer/events/:eventId[/:section]. */
export function App() {
  useEffect(() => {
    void loadMe();
    return watchSession();
  }, []);
  return (
    <LocationProvider scope={CONSOLE_SCOPE}>
      <Layout>
        <Screens />
      </Layout>
    </LocationProvider>
  );
}

function Screens() {
  const { path } = useLocation();
  if (me.value === undefined) return <p role="status">{t.value('app.loading')}</p>;
  // Signed out: the sign-in form takes the place of the screen, whose address (and drafts) stay.
  if (me.value === null) return path.endsWith('/signup') ? <SignUp /> : <SignIn />;
  return (
    <Router>
      <Route path="/organizer" component={EventsList} />
      <Route path="/organizer/signin" component={EventsList} />
      <Route path="/organizer/signup" component={EventsList} />
      <Route path="/organizer/account" component={Account} />
      <Route path="/organizer/events/new" component={NewEvent} />
      <Route path="/organizer/events/:eventId" component={EventScreen} />
      <Route path="/organizer/events/:eventId/:section" component={EventScreen} />
      <Route default component={NotFound} />
    </Router>
  );
}

function NotFound() {
  return (
    <section>
      <h1 tabIndex={-1}>{t.value('app.notFound')}</h1>
      <p>
        <a href="/organizer">{t.value('nav.events')}</a>
      </p>
    </section>
  );
}
