/**
 * The operator's JSON text as a request body, sent unchanged (not parsed here): the API's validation decides,
 * so even text that is not JSON gets the API's own precise refusal. The type is the body the route declares.
 */
export function rawJson<Body>(text: string): { body: Body; bodySerializer: (body: unknown) => string } {
  return { body: text as unknown as Body, bodySerializer: (body) => String(body) };
}
