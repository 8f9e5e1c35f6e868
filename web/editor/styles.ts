/**
 * The editor's styles, adopted as a constructed stylesheet: the console serves one stylesheet
 * of its own, and CSSOM sheets are not inline styles for the Content-Security-Policy.
 */
const CSS = `
.se { --se-row: 0.42rem; display: flex; flex-direction: column; gap: 0.5rem; }
.se-toolbar { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.se-days { display: flex; gap: 0.25rem; margin-right: 1rem; }
.se-days button[aria-current] { background: #0b5cad; color: #fff; }
.se-status { min-height: 1.5em; margin: 0; font-weight: 600; }
.se-body { display: flex; gap: 0.5rem; align-items: flex-start; }
.se-sidebar { flex: 0 0 15rem; max-height: 80vh; overflow: auto; border: 1px solid #c9ced6; padding: 0.5rem; background: #f3f5f8; }
.se-sidebar.se-dropping { outline: 3px dashed #0b5cad; }
.se-sidebar h2, .se-panel h2 { font-size: 1rem; margin: 0 0 0.4rem; }
.se-sidebar label { display: flex; flex-direction: column; font-size: 0.85rem; margin-bottom: 0.3rem; }
.se-sidebar ul, .se-panel ul { list-style: none; padding: 0; margin: 0; }
.se-hint { font-size: 0.8rem; color: #4d5560; }
.se-backlog-card { color: #1b1f24; font: inherit; font-size: 0.85rem; display: flex; gap: 0.3rem; justify-content: space-between; width: 100%; text-align: left; margin: 0.2rem 0; padding: 0.35rem; background: #fff; border: 1px solid #8a94a3; cursor: grab; touch-action: none; }
.se-minutes { color: #4d5560; }
.se-scroll { flex: 1; overflow: auto; max-height: 80vh; border: 1px solid #c9ced6; }
.se-grid { display: grid; position: relative; min-width: max-content; user-select: none; }
.se-corner, .se-room { position: sticky; top: 0; z-index: 3; background: #fff; border-bottom: 1px solid #c9ced6; padding: 0.25rem; font-size: 0.8rem; }
.se-room { display: flex; flex-direction: column; border-left: 1px solid #e3e6eb; }
.se-cap { color: #4d5560; }
.se-hour { border-top: 1px solid #d5d9df; font-size: 0.75rem; color: #4d5560; pointer-events: none; }
.se-band { pointer-events: none; background: #f3f5f8; border-top: 1px dotted #b8bfc9; }
.se-band-break { background: repeating-linear-gradient(45deg, #eef0f3, #eef0f3 6px, #e2e5ea 6px, #e2e5ea 12px); }
.se-band-plenary { background: #eef4fb; }
.se-band-label { font-size: 0.75rem; color: #4d5560; padding-left: 0.25rem; }
.se-card { position: relative; z-index: 1; margin: 1px 2px; display: flex; background: #fff; border: 1px solid #6b7584; border-left: 5px solid #6b7584; overflow: hidden; }
.se-card-body { color: #1b1f24; font: inherit; font-size: 0.78rem; line-height: 1.2; flex: 1; text-align: left; padding: 0.15rem 0.25rem; background: none; border: 0; cursor: grab; touch-action: none; overflow: hidden; }
.se-title { display: block; }
.se-cancelled { opacity: 0.65; }
.se-cancelled .se-title { text-decoration: line-through; }
.se-tag { font-size: 0.7rem; color: #a4161a; }
.se-warn { display: inline-block; font-size: 0.7rem; background: #fff4d6; border: 1px solid #a86b00; color: #5c3b00; padding: 0 0.2rem; }
.se-pin { color: #1b1f24; border: 0; background: none; font-size: 0.7rem; padding: 0 0.2rem; align-self: flex-start; }
.se-resize { position: absolute; left: 0; right: 0; bottom: 0; height: 5px; cursor: ns-resize; touch-action: none; }
.se-ghost { z-index: 1; margin: 1px 2px; border: 2px dashed #0b5cad; background: rgba(11,92,173,0.08); font-size: 0.75rem; padding: 0.15rem; color: #0b3d73; }
.se-unavailable { z-index: 0; background: repeating-linear-gradient(135deg, rgba(164,22,26,0.12), rgba(164,22,26,0.12) 5px, transparent 5px, transparent 10px); pointer-events: none; }
.se-too-small { z-index: 0; background: rgba(168,107,0,0.12); pointer-events: none; font-size: 0.7rem; color: #5c3b00; }
.se-target { z-index: 4; margin: 1px 2px; pointer-events: none; font-size: 0.75rem; padding: 0.15rem; border: 2px solid; }
.se-target-ok { border-color: #1d6b36; background: rgba(29,107,54,0.15); }
.se-target-bad { border-color: #a4161a; background: rgba(164,22,26,0.18); }
.se-target-why { display: block; color: #a4161a; font-weight: 600; }
.se-panel { border: 1px solid #c9ced6; padding: 0.5rem; max-height: 14rem; overflow: auto; }
.se-hard { color: #a4161a; font-weight: 600; }
.se-soft { color: #5c3b00; font-weight: 600; }
`;

let adopted = false;

export function adoptEditorStyles(): void {
  if (adopted || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}
