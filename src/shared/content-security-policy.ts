/**
 * The renderer's Content Security Policy, in one place: main sends it as a response header and the
 * build writes it into index.html's <meta>, so the two never disagree.
 *
 * 'self' is the page's origin: app://briefwright in the built desktop app (src/main/app-protocol.ts
 * serves only the renderer folder there, so no other file on the disk can be a script, a worker or a
 * style, as any file:// URL could when the page was a file), the web build's own server, or the dev
 * server. Scripts and workers come only from it: no inline script, no eval, no blob: or data: worker.
 *
 * Two deliberate relaxations, each only where it is needed:
 * - the Vite dev server (HMR websocket, React Refresh's inline preamble): development only;
 * - the plain web build fetches its own bundled fonts (connect-src 'self') because it renders
 *   notes in the page; the Electron renderer never fetches anything (connect-src 'none').
 */

export interface PolicyOptions {
  /** Serving from the Vite dev server. */
  readonly devServer?: boolean;
  /** The page may fetch same-origin assets (web build only). */
  readonly sameOriginFetch?: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const connect = options.devServer ? "'self' ws: wss:" : options.sameOriginFetch ? "'self'" : "'none'";
  const script = options.devServer ? "'self' 'unsafe-inline'" : "'self'";
  return [
    "default-src 'self'",
    `connect-src ${connect}`,
    `script-src ${script}`,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const META_PATTERN = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/**
 * A Vite plugin that writes the policy into index.html's CSP <meta> (which must be present, so a
 * page is never served without one). Structurally typed, so this file needs nothing from Vite.
 */
export function contentSecurityPolicyPlugin(policy: (isDevServer: boolean) => string) {
  let isDevServer = false;
  return {
    name: 'briefwright:content-security-policy',
    configResolved(config: { command: 'build' | 'serve' }) {
      isDevServer = config.command === 'serve';
    },
    transformIndexHtml(html: string): string {
      if (!META_PATTERN.test(html)) throw new Error('index.html has no Content-Security-Policy <meta> to fill in');
      return html.replace(META_PATTERN, `$1${policy(isDevServer)}$2`);
    },
  };
}
