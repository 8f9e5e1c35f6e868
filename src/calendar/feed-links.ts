/** The same feed as an https link (copy, Google "add by URL") and a webcal link (one-click subscribe). */
export interface FeedLinks {
  feedUrl: string;
  webcalUrl: string;
}

export function feedLinks(publicBaseUrl: string, path: string): FeedLinks {
  const feedUrl = `${publicBaseUrl}${path}`;
  return { feedUrl, webcalUrl: feedUrl.replace(/^https?:\/\//, 'webcal://') };
}
