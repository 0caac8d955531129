/** Who may call a route: anyone, any merchant key (or the operator), merchant keys only, or the operator only. */
export type Access = 'public' | 'merchant' | 'merchantOnly' | 'admin';
