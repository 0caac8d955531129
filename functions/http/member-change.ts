import { memberParams } from '../../shared/schemas/params.js';

/** What the operator's routes that change one member's state have in common. */
export const operatorChangesMember = {
  access: 'admin',
  table: 'readWrite',
  params: memberParams,
  errors: { 404: ['member_not_found'] },
} as const;
