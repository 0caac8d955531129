import type { FunctionComponent } from 'preact';
import type { Api } from '../api/client';
import { PAGE_NAMES, type PageId } from '../navigation';
import { AuditPage } from './audit';
import { FlagsPage } from './flags';
import { GamesPage } from './games';
import { MembersPage } from './members';
import { MerchantsPage } from './merchants';
import { ProgramPage } from './program';
import { PromotionsPage } from './promotions';
import { RewardsPage } from './rewards';
import { SettlementPage } from './settlement';

const COMPONENTS: Record<PageId, FunctionComponent<{ api: Api }>> = {
  program: ProgramPage,
  merchants: MerchantsPage,
  members: MembersPage,
  rewards: RewardsPage,
  promotions: PromotionsPage,
  games: GamesPage,
  settlement: SettlementPage,
  flags: FlagsPage,
  audit: AuditPage,
};

export const PAGES = (Object.keys(PAGE_NAMES) as PageId[]).map((id) => ({
  id,
  name: PAGE_NAMES[id],
  component: COMPONENTS[id],
}));
