import { memberParams } from '../../shared/schemas/params.js';

/** What the operator's routes that change one member's state have in common, the member as their audit target among it. */
export const operatorChangesMember = {
  access: 'admin',
  table: 'readWrite',
  params: memberParams,
  errors: { 404: ['member_not_found'] },
  audit: { target: ({ params }: { params: { memberId: string } }) => params.memberId },
} as const;
