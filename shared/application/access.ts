/** Who may call a route: anyone, any merchant key (or the operator), or the operator only. */
export type Access = 'public' | 'merchant' | 'admin';
