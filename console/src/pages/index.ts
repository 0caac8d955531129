import type { FunctionComponent } from 'preact';
import type { Api } from '../api/client';
import { AuditPage } from './audit';
import { FlagsPage } from './flags';
import { GamesPage } from './games';
import { MembersPage } from './members';
import { MerchantsPage } from './merchants';
import { ProgramPage } from './program';
import { PromotionsPage } from './promotions';
import { RewardsPage } from './rewards';
import { SettlementPage } from './settlement';

export const PAGES = [
  { id: 'program', name: 'Program', component: ProgramPage },
  { id: 'merchants', name: 'Merchants', component: MerchantsPage },
  { id: 'members', name: 'Members', component: MembersPage },
  { id: 'rewards', name: 'Rewards', component: RewardsPage },
  { id: 'promotions', name: 'Promotions', component: PromotionsPage },
  { id: 'games', name: 'Games', component: GamesPage },
  { id: 'settlement', name: 'Settlement', component: SettlementPage },
  { id: 'flags', name: 'Flags', component: FlagsPage },
  { id: 'audit', name: 'Audit', component: AuditPage },
] as const satisfies readonly { id: string; name: string; component: FunctionComponent<{ api: Api }> }[];

export type PageId = (typeof PAGES)[number]['id'];

/** "#/members" -> "members"; anything else opens the Program page. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return PAGES.find((page) => page.id === id)?.id ?? 'program';
}
