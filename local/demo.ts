import {
  createMerchantKey,
  putMerchant,
  putProgram,
  putPromotion,
  putReward,
  putTiers,
} from '../shared/application/configure.js';
import type { Deps } from '../shared/application/deps.js';
import { putGame } from '../shared/application/games.js';
import { demoGames, demoMerchants, demoProgram, demoPromotions, demoRewards, demoTiers } from './demo-data.js';

/** Loads the product brief's worked numbers and returns a fresh API key per demo merchant. */
export async function loadDemo(deps: Deps): Promise<{ merchantId: string; apiKey: string }[]> {
  await putProgram(deps, demoProgram);
  await putTiers(deps, demoTiers);
  for (const merchant of demoMerchants) await putMerchant(deps, merchant);
  for (const reward of demoRewards) await putReward(deps, reward);
  for (const promotion of demoPromotions) await putPromotion(deps, promotion);
  for (const game of demoGames) await putGame(deps, game);
  const keys = [];
  for (const merchant of demoMerchants) {
    const { apiKey } = await createMerchantKey(deps, { merchantId: merchant.merchantId });
    keys.push({ merchantId: merchant.merchantId, apiKey });
  }
  return keys;
}
