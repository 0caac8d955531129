import { describe, expect, it } from 'vitest';
import { auditRecord } from '../../../functions/http/audit-record.js';
import { checkRouteTable } from '../../../functions/http/route-catalog.js';
import type { Deps } from '../../../shared/application/deps.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { ROUTE_TABLE, routeNamed } from '../../helpers/routes.js';

const deps = { clock: new FakeClock('2027-03-15T10:00:00.000Z') } as unknown as Deps;

describe('Function: auditRecord', () => {
  it('records the route, the id it acts on, the body’s reason and the time', () => {
    // Act
    const line = auditRecord(routeNamed('freeze-member'), {
      deps,
      params: { memberId: 'alice' },
      body: { reason: 'velocity alert' },
    });

    // Assert
    expect(line).toEqual({
      auditId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: '2027-03-15T10:00:00.000Z',
      action: 'POST /v1/admin/members/{memberId}/freeze',
      target: 'alice',
      reason: 'velocity alert',
    });
  });

  it('names the member of an adjustment, no target yet for a new key (its use case names the key it makes), and none for the program', () => {
    const adjustment = auditRecord(routeNamed('adjust-points'), {
      deps,
      params: {},
      body: { memberId: 'bob', points: 5, reason: 'goodwill' },
    });
    const key = auditRecord(routeNamed('create-merchant-key'), {
      deps,
      params: { merchantId: 'fruit-shop' },
      body: {},
    });
    const program = auditRecord(routeNamed('put-program'), { deps, params: {}, body: { name: 'Jifen' } });

    expect([adjustment.target, adjustment.reason]).toEqual(['bob', 'goodwill']);
    expect([key.target, key.reason]).toEqual([null, null]);
    expect([program.target, program.reason]).toEqual([null, null]);
  });

  it('gives every line its own id', () => {
    const input = { deps, params: {}, body: {} };
    expect(auditRecord(routeNamed('put-tiers'), input).auditId).not.toBe(
      auditRecord(routeNamed('put-tiers'), input).auditId,
    );
  });
});

describe('Function: checkRouteTable (audit)', () => {
  const entryOf = (name: string) => ROUTE_TABLE.find(({ route }) => route.name === name)!;

  it('holds for the project: every operator write, and only they, declare their audit line', () => {
    const audited = ROUTE_TABLE.filter(({ route }) => route.audit).map(({ route }) => route.name);
    const operatorWrites = ROUTE_TABLE.filter(
      ({ route }) => route.access === 'admin' && route.table === 'readWrite',
    ).map(({ route }) => route.name);
    expect(audited).toEqual(operatorWrites);
    // The contract's list: program, tiers, merchants, keys, rewards, promotions, tasks, badges, sets, games,
    // credit standing, birthdays, freeze and unfreeze, adjustments, flag clears, job runs, spend codes issued (never the code),
    // and webhook endpoints, their secret rotations and replays (never the secret).
    expect([...audited].sort()).toEqual([
      'adjust-points',
      'clear-flag',
      'create-merchant-key',
      'freeze-member',
      'issue-spend-code',
      'put-badge',
      'put-badge-set',
      'put-game',
      'put-merchant',
      'put-program',
      'put-promotion',
      'put-reward',
      'put-task',
      'put-tiers',
      'put-webhook',
      'replay-webhook-events',
      'revoke-key',
      'rotate-webhook-secret',
      'run-job',
      'set-birthday',
      'set-credit-standing',
      'unfreeze-member',
    ]);
  });

  it('refuses an operator write without an audit declaration, and one on a route that writes nothing', () => {
    // Arrange
    const { audit: _audit, ...unaudited } = entryOf('put-reward').route;
    const readingAudited = { ...entryOf('list-flags').route, audit: { target: () => null } };

    // Act + Assert
    expect(() => checkRouteTable([{ ...entryOf('put-reward'), route: unaudited }])).toThrow(/declare `audit`/);
    expect(() => checkRouteTable([{ ...entryOf('list-flags'), route: readingAudited }])).toThrow(/declare `audit`/);
  });
});
