/** What the HTTP benchmark's server seeds and its load generator addresses. */
export const BENCH_ADMIN_KEY = 'bench-admin-key-0123456789';
export const MEMBERS = 1_000;
/** Every member starts with this many points, so redemptions spread over them never run out. */
export const MEMBER_POINTS = 1_000_000;
export const RACE_MEMBER = 'race-member';
export const memberId = (n: number): string => `M-${String(n % MEMBERS).padStart(12, '0')}`;

export interface ReadyMessage {
  url: string;
  apiKey: string;
  raceBalance: number | null;
  /** The server's DynamoDB Local and table, for the raw transactions measured beside it. */
  endpoint: string;
  tableName: string;
}
