/**
 * One successful operator write, as the audit trail records it (API.md "Audit
 * trail"). It is written in the same transaction as the change it records.
 */
export interface AuditRecord {
  auditId: string;
  at: string;
  /** The route, as `PUT /v1/admin/rewards/{rewardId}`. */
  action: string;
  /** The id the action is on (in its path, or the member of an adjustment); null for the program and tiers. */
  target: string | null;
  /** The body's `reason`, where it has one. */
  reason: string | null;
}
