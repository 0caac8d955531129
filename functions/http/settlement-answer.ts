import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { MerchantStatement } from '../../shared/application/settlement.js';
import type { DaySettlement } from '../../shared/domain/settlement.js';
import { jsonResponse } from './responses.js';

const CSV_HEADER =
  'day,issuedPoints,issuedValueThousandthsMinor,issuedAmountMinor,honouredPoints,honouredValueThousandthsMinor,honouredAmountMinor,netMinor';

/**
 * A statement as CSV: one line per UTC day with that day's points and their
 * exact value in thousandths of a minor unit (no rounding per day), then a total
 * line whose points and amounts equal the JSON statement.
 */
export function statementCsv(statement: MerchantStatement, days: DaySettlement[]): string {
  const lines = days.map(
    (day) =>
      `${day.day},${day.issued.points},${day.issued.valueThousandths},,${day.honoured.points},${day.honoured.valueThousandths},,`,
  );
  const issuedThousandths = days.reduce((sum, day) => sum + day.issued.valueThousandths, 0n);
  const honouredThousandths = days.reduce((sum, day) => sum + day.honoured.valueThousandths, 0n);
  const { issued, honoured, netMinor } = statement;
  const total = `total,${issued.points},${issuedThousandths},${issued.amountMinor},${honoured.points},${honouredThousandths},${honoured.amountMinor},${netMinor}`;
  return `${[CSV_HEADER, ...lines, total].join('\r\n')}\r\n`;
}

/** JSON, or CSV when the client's Accept header asks for `text/csv`. */
export function statementResponse(
  result: { statement: MerchantStatement; days: DaySettlement[] },
  accept: string | undefined,
): APIGatewayProxyStructuredResultV2 {
  if (!accept?.toLowerCase().includes('text/csv')) return jsonResponse(200, result.statement);
  const { merchantId, from, to } = result.statement;
  const file = `settlement-${merchantId}-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`;
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file}"` },
    body: statementCsv(result.statement, result.days),
  };
}
