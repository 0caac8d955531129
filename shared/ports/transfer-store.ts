import type { Transfer } from '../domain/transfers.js';
import type { Page } from './member-store.js';

/**
 * Transfers to partners. Opening one and ending it with its points given back
 * are movements (Movement.transfer), committed with their entries; this port
 * reads transfers and ends one whose points stay with the partner.
 */
export interface TransferStore {
  get(transferId: string): Promise<Transfer | null>;
  /**
   * Ends a pending transfer as confirmed, and puts its one settlement line in
   * the partner's statement (honoured when confirmed); 'stale' when it was no
   * longer pending or a concurrent end was being written.
   */
  confirm(confirmed: Transfer): Promise<'confirmed' | 'stale'>;
  /** A partner's pending transfers, oldest first. */
  pendingOf(partnerId: string, page: { limit: number; cursor: string | null }): Promise<Page<Transfer>>;
  /** Ids of pending transfers whose `expiresAt` is before `asOf`, a page at a time (any order). */
  dueToExpire(asOf: string, cursor: string | null, limit: number): Promise<Page<string>>;
}
