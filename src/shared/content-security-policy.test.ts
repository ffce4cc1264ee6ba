/**
 * The CSP's content, directive by directive (issue 17 item 11): what the desktop page, the web build
 * and the dev server may load. A change to the policy must change this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from './content-security-policy';

/** The policy as a map of directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe('contentSecurityPolicy', () => {
  it('desktop: only the app’s own origin, no fetching at all', () => {
    expect(directives(contentSecurityPolicy({ devServer: false }))).toEqual({
      'default-src': ["'self'"],
      'connect-src': ["'none'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('web build: fetches only its own origin (its fonts); otherwise the same', () => {
    const web = directives(contentSecurityPolicy({ sameOriginFetch: true }));
    expect(web['connect-src']).toEqual(["'self'"]);
    expect({ ...web, 'connect-src': null }).toEqual({ ...directives(contentSecurityPolicy()), 'connect-src': null });
  });

  it('no eval anywhere, no inline script and no wildcard outside the dev server', () => {
    for (const options of [{}, { sameOriginFetch: true }]) {
      const policy = contentSecurityPolicy(options);
      expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:|blob:/);
      expect(directives(policy)['script-src']).toEqual(["'self'"]);
      expect(directives(policy)['worker-src']).toEqual(["'self'"]);
    }
    const dev = directives(contentSecurityPolicy({ devServer: true }));
    expect(dev['connect-src']).toEqual(["'self'", 'ws:', 'wss:']);
    expect(dev['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(contentSecurityPolicy({ devServer: true })).not.toContain('unsafe-eval');
  });
});

describe('contentSecurityPolicyPlugin', () => {
  const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');

  it('writes the build’s policy into index.html’s <meta>, and the dev server’s when serving', () => {
    const plugin = contentSecurityPolicyPlugin((devServer) => contentSecurityPolicy({ devServer }));
    plugin.configResolved({ command: 'build' });
    expect(plugin.transformIndexHtml(html)).toContain(`content="${contentSecurityPolicy({ devServer: false })}"`);
    plugin.configResolved({ command: 'serve' });
    expect(plugin.transformIndexHtml(html)).toContain(`content="${contentSecurityPolicy({ devServer: true })}"`);
  });

  it('refuses a page without a CSP <meta>', () => {
    const plugin = contentSecurityPolicyPlugin(() => contentSecurityPolicy());
    expect(() => plugin.transformIndexHtml('<!doctype html><title>x</title>')).toThrow(/no Content-Security-Policy <meta>/);
  });
});
