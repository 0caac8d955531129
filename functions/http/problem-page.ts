import { statusOf, statusTitle } from '../../shared/application/problem.js';
import { ERROR_CATALOGUE, type ErrorCode } from '../../shared/domain/error-catalogue.js';
import { ERROR_MEANINGS } from '../../shared/domain/error-meanings.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The catalogue's light markdown (`code` spans) as HTML. */
const inlineHtml = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/**
 * The page a problem's `type` (`/problems/<code>`) names: what the code means,
 * its status and whether a retry under the same Idempotency-Key replays it,
 * all from the catalogue.
 */
export function problemPage(code: ErrorCode): string {
  const { remembered } = ERROR_CATALOGUE[code];
  const meaning = ERROR_MEANINGS[code];
  const status = statusOf(code);
  const replay = remembered
    ? 'Remembered: retrying with the same Idempotency-Key and body answers this refusal again.'
    : 'Not remembered: fix the request and retry, with the same Idempotency-Key if it moves points.';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${code} · jifen</title></head>
<body>
<main>
<h1><code>${code}</code></h1>
<p>HTTP ${status} ${escapeHtml(statusTitle(status))}</p>
<p>${inlineHtml(meaning)}</p>
<p>${replay}</p>
<p>Every refusal is an <code>application/problem+json</code> body whose <code>type</code> is this page and whose <code>code</code> is <code>${code}</code>.</p>
</main>
</body>
</html>
`;
}
