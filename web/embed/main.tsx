import { render } from 'preact';
import { pickLanguage, translator } from '../lib/i18n';
import { EmbedApp } from './embed-app';
import { readOptions } from './embed-options';
import { EMBED_CSS } from './embed-styles';
import { en, ja } from './messages';

/** Where this script was loaded from: the agenda app whose public API it reads. */
const BASE = new URL(import.meta.url).origin;
const ATTRIBUTES = ['event', 'view', 'track', 'room', 'day', 'accent'];

/** One stylesheet object shared by every element; adopted sheets are not subject to the host page's CSP. */
function styleFor(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(EMBED_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = EMBED_CSS;
    shadow.append(style);
  }
}

/**
 * `<agenda-program event="slug" view="grid|list" track=".." room=".." day="YYYY-MM-DD" accent="#rrggbb">`:
 * the published program rendered inside a shadow root, from the public API only, without cookies.
 */
class AgendaProgramElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  private mount?: HTMLElement;

  connectedCallback(): void {
    if (!this.mount) {
      const shadow = this.attachShadow({ mode: 'open' });
      styleFor(shadow);
      this.mount = document.createElement('div');
      shadow.append(this.mount);
    }
    this.paint();
  }

  disconnectedCallback(): void {
    if (this.mount) render(null, this.mount);
  }

  attributeChangedCallback(): void {
    if (this.mount && this.isConnected) this.paint();
  }

  private paint(): void {
    const hostLang = this.closest<HTMLElement>('[lang]')?.lang ?? null;
    const lang = pickLanguage(hostLang, navigator.languages);
    const locale = [...navigator.languages, hostLang].find((tag) => tag?.toLowerCase().split('-')[0] === lang) ?? lang;
    render(
      <EmbedApp
        options={readOptions((name) => this.getAttribute(name))}
        base={BASE}
        t={translator({ en, ja }, lang)}
        locale={locale}
      />,
      this.mount!,
    );
  }
}

if (!customElements.get('agenda-program')) customElements.define('agenda-program', AgendaProgramElement);
