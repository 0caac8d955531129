/** The console's pages in menu order: the id in the URL's hash and the name of its link and heading. */
export const PAGE_NAMES = {
  program: 'Program',
  merchants: 'Merchants',
  members: 'Members',
  rewards: 'Rewards',
  promotions: 'Promotions',
  games: 'Games',
  settlement: 'Settlement',
  flags: 'Flags',
  audit: 'Audit',
} as const;

export type PageId = keyof typeof PAGE_NAMES;

function isPageId(id: string): id is PageId {
  return Object.hasOwn(PAGE_NAMES, id);
}

/** "#/members" -> "members"; anything else opens the Program page. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return isPageId(id) ? id : 'program';
}
