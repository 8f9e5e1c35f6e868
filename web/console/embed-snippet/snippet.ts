export interface SnippetChoice {
  view: 'list' | 'grid';
  trackId?: string;
  roomId?: string;
  accent: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The two lines an organizer pastes into their own page (`origin`: this app's address). */
export function embedSnippet(origin: string, slug: string, choice: SnippetChoice): string {
  const attributes: [string, string | undefined][] = [
    ['event', slug],
    ['view', choice.view],
    ['track', choice.trackId],
    ['room', choice.roomId],
    ['accent', choice.accent],
  ];
  const written = attributes
    .filter((pair): pair is [string, string] => !!pair[1])
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${escapeAttribute(origin)}/embed.js"></script>\n<agenda-program${written}></agenda-program>`;
}
