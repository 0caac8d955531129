/**
 * A number field's text as the API should see it: a number when it is one, otherwise the text itself, so a
 * typo reaches the API and comes back as its precise validation error instead of being guessed at here.
 */
export function numberOrText(text: string): number {
  const trimmed = text.trim();
  return (/^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed) as number;
}
