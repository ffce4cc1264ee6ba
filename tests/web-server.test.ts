/**
 * `npm run web` as a user runs it (issue 14): the editor is served, and when npm is killed the
 * server goes with it instead of holding its port (npm's `sh -c` used to leave vite running).
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function serves(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return response.ok && (await response.text()).includes('<div id="root">');
  } catch {
    return false;
  }
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 200))) if (await condition()) return true;
  return condition();
}

let port = 0;
afterAll(async () => {
  // If the test failed with vite still up, say so rather than leave it silently.
  if (port && (await serves(port))) console.warn(`npm run web left a server on port ${port}`);
});

it.skipIf(process.platform === 'win32')('serves the editor and stops serving when npm is killed', async () => {
  port = await freePort();
  const web = spawn('npm', ['run', 'web', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => web.on('exit', resolve));
  expect(await waitFor(() => serves(port), 60_000)).toBe(true);
  web.kill('SIGTERM');
  await exited;
  expect(await waitFor(async () => !(await serves(port)), 6_000)).toBe(true);
}, 90_000);
