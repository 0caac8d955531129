import { describe, expect, it } from 'vitest';
import {
  CONSOLE_STRICT_TRANSPORT_SECURITY,
  consoleContentSecurityPolicy,
  consoleSecurityHeaders,
} from '../../infra/config/console-headers.js';

const API = 'https://abc123.execute-api.eu-central-1.amazonaws.com';
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
  );

describe('Function: consoleContentSecurityPolicy', () => {
  it('allows nothing by default and only its own origin for scripts, styles, images, fonts and the manifest', () => {
    // Act
    const policy = directives(consoleContentSecurityPolicy(API));

    // Assert
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src', 'font-src', 'manifest-src']) {
      expect(policy.get(directive)).toEqual(["'self'"]);
    }
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets the console call itself and the API, nothing else', () => {
    expect(directives(consoleContentSecurityPolicy(API)).get('connect-src')).toEqual(["'self'", API]);
  });

  it("names no other origin when the API is the console's own (the local server)", () => {
    expect(directives(consoleContentSecurityPolicy('')).get('connect-src')).toEqual(["'self'"]);
  });

  it('never allows inline or evaluated code', () => {
    for (const apiOrigin of [API, '']) {
      expect(consoleContentSecurityPolicy(apiOrigin)).not.toMatch(/unsafe-|\*/);
    }
  });

  it('refuses an API origin that would add a source or a directive', () => {
    for (const bad of [`${API}; script-src *`, `${API} https://evil.example`, "'unsafe-inline'", `${API},x`]) {
      expect(() => consoleContentSecurityPolicy(bad)).toThrow(/Not an origin/);
    }
  });
});

describe('Function: consoleSecurityHeaders', () => {
  it('sends the policy with HSTS, nosniff, no referrer and no framing', () => {
    expect(consoleSecurityHeaders(API)).toEqual({
      'content-security-policy': consoleContentSecurityPolicy(API),
      'strict-transport-security': CONSOLE_STRICT_TRANSPORT_SECURITY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    expect(CONSOLE_STRICT_TRANSPORT_SECURITY).toBe('max-age=63072000; includeSubDomains');
  });
});
