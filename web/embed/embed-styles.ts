/**
 * The embed's whole stylesheet, inside its shadow root: the host page's selectors cannot reach
 * in. `:host` with !important outranks even the host page's !important rules on the element
 * itself (shadow-scoped important declarations win), and `all: initial` on the root stops the
 * host's inherited properties (colour, font, line height) at the boundary.
 */
export const EMBED_CSS = `
:host { all: initial !important; display: block !important; contain: content; }
:host([hidden]) { display: none !important; }
.ap-root {
  all: initial;
  display: block;
  box-sizing: border-box;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif;
  font-size: 16px;
  line-height: 1.4;
  color: #1a1a1a;
  background: #ffffff;
  border-top: 4px solid var(--ap-accent);
  padding: 0.75em 1em 1em;
}
.ap-root *, .ap-root *::before, .ap-root *::after { box-sizing: border-box; }
p { margin: 0; }
.ap-status { display: block; padding: 1em; font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; }
.ap-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; margin-bottom: 0.75em; }
.ap-event { font-size: 1.25em; font-weight: 700; }
.ap-days { display: flex; flex-wrap: wrap; gap: 0.25em; }
.ap-days button {
  font: inherit; font-size: 0.95em; cursor: pointer; min-height: 44px; padding: 0.25em 0.9em;
  color: #1a1a1a; background: #f2f2f2; border: 1px solid #767676; border-radius: 999px;
}
.ap-days button[aria-pressed='true'] { background: var(--ap-accent); color: var(--ap-on-accent); border-color: var(--ap-accent); font-weight: 700; }
.ap-days button:focus-visible, .ap-scroll:focus-visible, .ap-footer a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.ap-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5em; }
.ap-item {
  display: grid; grid-template-columns: 7.5em 1fr; gap: 0.75em; padding: 0.5em 0.75em;
  border-inline-start: 4px solid #767676; background: #fafafa;
}
.ap-time { font-variant-numeric: tabular-nums; color: #3d3d3d; font-size: 0.9em; }
.ap-title { font-weight: 700; overflow-wrap: anywhere; }
.ap-meta { color: #3d3d3d; font-size: 0.9em; }
.ap-scroll { overflow-x: auto; }
.ap-grid { display: grid; gap: 0 0.35em; min-width: min-content; }
.ap-corner, .ap-room { font-weight: 700; padding: 0.25em; border-bottom: 2px solid var(--ap-accent); }
.ap-tick { font-size: 0.85em; color: #3d3d3d; font-variant-numeric: tabular-nums; border-top: 1px solid #d0d0d0; }
.ap-band { background: #eeeeee; color: #3d3d3d; font-size: 0.85em; padding: 0 0.5em; display: flex; align-items: center; }
.ap-card {
  overflow: hidden; font-size: 0.9em; padding: 0.3em 0.5em; margin: 1px 0;
  background: #f7f7f7; border: 1px solid #d0d0d0; border-inline-start: 4px solid #767676; border-radius: 4px;
}
.ap-card .ap-time { display: block; font-size: 0.85em; }
.ap-footer { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 0.5em; margin-top: 0.75em; font-size: 0.9em; color: #3d3d3d; }
.ap-footer a { color: #1a1a1a; font-weight: 700; text-decoration: underline; text-decoration-color: var(--ap-accent); text-decoration-thickness: 3px; }
`;
