/** Said when the configuration has no name or cannot be read at all. */
export const fallbackSiteName = 'News';
