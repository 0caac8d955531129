import type { Deferral } from '../../shared/application/configure.js';
import { deferralAnswer } from '../../shared/schemas/answers.js';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { jsonResponse } from './responses.js';
import type { SuccessResponse } from './route.js';

/** The answer of an operator's write of `what` some of whose changes hurt members and wait for their notice date. */
export function deferredAnswer(what: string): SuccessResponse {
  return {
    status: 202,
    description: `Accepted: the ${what} is saved, but changes that hurt members wait for their date (\`effectiveAt\`), the old values applying until then.`,
    body: deferralAnswer,
  };
}

/** 202 with the deferral when some change waits; otherwise the write's own answer. */
export function noticedResponse(
  deferral: Deferral | null,
  otherwise: () => APIGatewayProxyStructuredResultV2,
): APIGatewayProxyStructuredResultV2 {
  return deferral ? jsonResponse(202, deferral) : otherwise();
}
