/** The web app manifest of the public agenda pages (pure: the controller serves it). */

export const ICON_SIZES = [192, 512] as const;

export function webAppManifest(): Record<string, unknown> {
  return {
    name: 'Conference agendas',
    short_name: 'Agendas',
    description: 'Conference programs: star sessions, subscribe to calendar feeds, read them offline.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b57d0',
    icons: [
      ...ICON_SIZES.map((size) => ({
        src: `/icons/icon-${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
