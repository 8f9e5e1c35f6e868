import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { LANGUAGES, type Lang } from '../lib/i18n';
import { lang, setLanguage, t } from './i18n';
import { endSession, idleWarning, me, staySignedIn } from './session';
import { auth } from './writes';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };

/** The frame of every screen: skip link target, header with navigation, language and account, the idle warning. */
export function Layout({ children }: { children: ComponentChildren }) {
  const tr = t.value;
  const { route } = useLocation();
  const signOut = async () => {
    await auth.logout();
    endSession();
    route('/organizer');
  };
  return (
    <>
      <header class="console-header">
        <a class="brand" href="/organizer">
          {tr('app.title')}
        </a>
        {me.value && (
          <nav aria-label={tr('nav.label')}>
            <a href="/organizer">{tr('nav.events')}</a>
            <a href="/organizer/account">{tr('nav.account')}</a>
          </nav>
        )}
        <div class="header-tools">
          <label class="language">
            <span>{tr('app.language')}</span>
            <select
              value={lang.value}
              onChange={(event) => setLanguage((event.target as HTMLSelectElement).value as Lang)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LANGUAGE_NAMES[code]}
                </option>
              ))}
            </select>
          </label>
          {me.value && (
            <>
              <span class="who">{me.value.user.name}</span>
              <button type="button" class="secondary" onClick={() => void signOut()}>
                {tr('auth.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      {idleWarning.value !== null && (
        <div class="idle-warning" role="alertdialog" aria-labelledby="idle-warning-text">
          <p id="idle-warning-text">{tr('auth.idleWarning', { seconds: Math.ceil(idleWarning.value / 1000) })}</p>
          <button type="button" onClick={() => void staySignedIn()}>
            {tr('auth.staySignedIn')}
          </button>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
