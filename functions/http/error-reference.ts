import { statusOf } from '../../shared/application/problem.js';
import { ERROR_CATALOGUE, ERROR_CODES } from '../../shared/domain/error-catalogue.js';
import { ERROR_MEANINGS } from '../../shared/domain/error-meanings.js';

export const ERROR_TABLE_START =
  '<!-- error-catalogue:start (made by `npm run openapi` from shared/domain/error-catalogue.ts) -->';
export const ERROR_TABLE_END = '<!-- error-catalogue:end -->';

/** The error table of docs/api.md, in the catalogue's order: one row per code. */
export function errorCodeTable(): string {
  const rows = ERROR_CODES.map(
    (code) =>
      `| **\`${code}\`** | ${statusOf(code)} | ${ERROR_CATALOGUE[code].remembered ? 'yes' : 'no'} | ${ERROR_MEANINGS[code]} |`,
  );
  return ['| code | status | remembered | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** `markdown` with the text between the table's markers replaced by the catalogue's table. */
export function withErrorCodeTable(markdown: string): string {
  const start = markdown.indexOf(ERROR_TABLE_START);
  const end = markdown.indexOf(ERROR_TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/api.md has lost the error table markers');
  return `${markdown.slice(0, start + ERROR_TABLE_START.length)}\n${errorCodeTable()}\n${markdown.slice(end)}`;
}
