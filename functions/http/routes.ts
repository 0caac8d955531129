/**
 * The one HTTP route table. API Gateway routes and the local server are both built
 * from it; each `handler` names a file `functions/http/<handler>.ts` exporting `handler`.
 */
import type { Access } from '../../shared/application/access.js';
export type { Access };
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  handler: string;
  access: Access;
}

export const routes: readonly Route[] = [
  { method: 'GET', path: '/v1/admin/program', handler: 'get-program', access: 'admin' },
  { method: 'PUT', path: '/v1/admin/program', handler: 'put-program', access: 'admin' },
  { method: 'PUT', path: '/v1/admin/tiers', handler: 'put-tiers', access: 'admin' },
  { method: 'PUT', path: '/v1/admin/merchants/{merchantId}', handler: 'put-merchant', access: 'admin' },
  { method: 'POST', path: '/v1/admin/merchants/{merchantId}/keys', handler: 'create-merchant-key', access: 'admin' },
  { method: 'DELETE', path: '/v1/admin/keys/{keyId}', handler: 'revoke-key', access: 'admin' },
  { method: 'PUT', path: '/v1/admin/rewards/{rewardId}', handler: 'put-reward', access: 'admin' },
  { method: 'PUT', path: '/v1/admin/promotions/{promotionId}', handler: 'put-promotion', access: 'admin' },
  { method: 'GET', path: '/v1/admin/promotions', handler: 'list-promotions', access: 'admin' },
  { method: 'PUT', path: '/v1/admin/members/{memberId}/credit', handler: 'set-credit-standing', access: 'admin' },
  { method: 'POST', path: '/v1/admin/members/{memberId}/freeze', handler: 'freeze-member', access: 'admin' },
  { method: 'POST', path: '/v1/admin/members/{memberId}/unfreeze', handler: 'unfreeze-member', access: 'admin' },
  { method: 'POST', path: '/v1/admin/adjustments', handler: 'adjust-points', access: 'admin' },
  { method: 'POST', path: '/v1/admin/jobs/{job}', handler: 'run-job', access: 'admin' },
  { method: 'PUT', path: '/v1/members/{memberId}', handler: 'enrol-member', access: 'merchant' },
  { method: 'GET', path: '/v1/members/{memberId}', handler: 'get-member', access: 'merchant' },
  { method: 'GET', path: '/v1/members/{memberId}/activity', handler: 'list-activity', access: 'merchant' },
  { method: 'POST', path: '/v1/earn', handler: 'earn', access: 'merchant' },
  { method: 'POST', path: '/v1/redemptions', handler: 'redeem', access: 'merchant' },
  { method: 'POST', path: '/v1/reversals', handler: 'reverse', access: 'merchant' },
  { method: 'GET', path: '/v1/rewards', handler: 'list-rewards', access: 'merchant' },
  { method: 'GET', path: '/v1/rules', handler: 'get-rules', access: 'public' },
  { method: 'GET', path: '/v1/openapi.json', handler: 'get-openapi', access: 'public' },
];
