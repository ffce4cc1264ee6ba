/**
 * `npm install` and `npm start` as a new user meets them (issue 14), run through npm in child
 * processes. The Electron binary is never really downloaded here: a fresh project (package.json, the
 * scripts, the electron package's own files without dist/) meets a closed port or a local mirror
 * (ELECTRON_MIRROR, the package's own variable) serving a zip with a stand-in executable, so both
 * what install prints offline and what it does online are seen. `npm start` itself runs in this
 * repo with a stand-in through ELECTRON_OVERRIDE_DIST_PATH, the electron package's own override.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules/electron');
const electronVersion: string = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-start-'));

/** The environment a user has: none of the variables that point Electron elsewhere. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_RUN_AS_NODE']) if (!(name in extra)) delete env[name];
  return env;
}

/** Downloads go to `mirror`, and the download cache is the project's own (never the user's). */
function downloadEnv(project: string, mirror: string): Record<string, string> {
  return { ELECTRON_MIRROR: mirror, npm_config_electron_mirror: mirror, electron_config_cache: path.join(project, 'electron-cache'), ELECTRON_GET_NO_PROGRESS: '1' };
}

/** npm in a child process; asynchronous, so the mirror this process serves can answer it. */
function npm(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('npm', args, { cwd, env: userEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The lines Briefwright itself printed (npm adds its own banner and error lines). */
const ownLines = (text: string) => text.split('\n').filter((line) => line.startsWith('Briefwright:'));

/** A project as `npm install` leaves it where the binary was not fetched: the electron package without dist/ or path.txt. */
function freshProject(name: string): string {
  const project = path.join(tmp, name);
  mkdirSync(path.join(project, 'scripts'), { recursive: true });
  copyFileSync(path.join(root, 'package.json'), path.join(project, 'package.json'));
  for (const script of readdirSync(path.join(root, 'scripts'))) if (script.endsWith('.mjs')) copyFileSync(path.join(root, 'scripts', script), path.join(project, 'scripts', script));
  cpSync(electronDir, path.join(project, 'node_modules/electron'), { recursive: true, filter: (source) => !/[\\/]electron[\\/](dist|path\.txt)$/.test(source) });
  // The installer's own dependencies, as npm installed them.
  for (const scope of ['@electron', '@electron-internal']) symlinkSync(path.join(root, 'node_modules', scope), path.join(project, 'node_modules', scope));
  return project;
}

/** A port nothing listens on: a download from it fails at once, as it does offline. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A stand-in for Electron: records its arguments and folder, then runs `then` (a shell line). */
function standIn(name: string, then: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  const binary = path.join(dir, process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
  mkdirSync(path.dirname(binary), { recursive: true });
  writeFileSync(binary, `#!/bin/sh\necho "stand-in electron: $* in $PWD"\necho $$ > "${dir}/pid"\n${then}\n`, { mode: 0o755 });
  return dir;
}

const waitFor = async (condition: () => boolean, ms: number): Promise<boolean> => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) if (condition()) return true;
  return condition();
};

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => {
  // Stand-ins still sleeping after a failed assertion are not left behind.
  for (const name of ['kill']) {
    const file = path.join(tmp, name, 'pid');
    if (existsSync(file)) {
      const pid = Number(readFileSync(file, 'utf8'));
      // Only the stand-in itself: once it has ended, its number may belong to another process of the run.
      if (!existsSync(`/proc/${pid}/cmdline`) || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('sleep')) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

describe.skipIf(process.platform === 'win32')('npm install without the Electron binary', () => {
  it('succeeds and says in one line how to get the binary and that `npm run web` needs none', async () => {
    const project = freshProject('offline');
    const { code, stdout, stderr } = await npm(['run', 'postinstall'], project, downloadEnv(project, `http://127.0.0.1:${await closedPort()}/`));
    expect(code).toBe(0);
    expect(ownLines(stdout)).toEqual([expect.stringMatching(/^Briefwright: the desktop app needs the Electron binary, and its download failed: .+; get it with `npx install-electron` when online, then `npm start`\. `npm run web` opens the same editor in a browser\.$/)]);
    expect(`${stdout}${stderr}`).not.toMatch(/ at |Electron uninstall/);
    expect(existsSync(path.join(project, 'node_modules/electron/path.txt'))).toBe(false);
  });

  it('`npm start` then says the same instead of "Electron uninstall", and builds nothing', async () => {
    const project = freshProject('offline-start');
    const { code, stdout, stderr } = await npm(['start'], project, downloadEnv(project, `http://127.0.0.1:${await closedPort()}/`));
    expect(code).not.toBe(0);
    expect(ownLines(stderr)).toEqual([expect.stringMatching(/needs the Electron binary, and its download failed: .*`npx install-electron`.*`npm run web` opens the same editor in a browser/)]);
    expect(`${stdout}${stderr}`).not.toMatch(/Electron uninstall|building/);
  });
});

describe.skipIf(process.platform === 'win32')('npm install with internet', () => {
  let server: http.Server;
  let mirror: string;
  const requests: string[] = [];
  beforeAll(async () => {
    // What the electron package downloads: its zip for this machine and, as asked with
    // electron_use_remote_checksums, the mirror's checksum list (checksums.json holds the real zip's).
    const zip = new JSZip();
    zip.file('electron', '#!/bin/sh\necho "downloaded stand-in electron: $*"\n', { unixPermissions: 0o755 });
    zip.file('version', `v${electronVersion}`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
    const name = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
    const files: Record<string, Buffer> = {
      [`/v${electronVersion}/${name}`]: bytes,
      [`/v${electronVersion}/SHASUMS256.txt`]: Buffer.from(`${createHash('sha256').update(bytes).digest('hex')} *${name}\n`),
    };
    server = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      const body = files[request.url ?? ''];
      response.statusCode = body ? 200 : 404;
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('fetches the binary with the electron package’s own installer, says so once, and is silent after', async () => {
    const project = freshProject('online');
    const env = { ...downloadEnv(project, mirror), electron_use_remote_checksums: '1' };
    const first = await npm(['run', 'postinstall'], project, env);
    expect(first.code).toBe(0);
    // A download that takes over 3 s is announced first (a loaded machine can take that long even here).
    const said = ownLines(first.stdout).filter((line) => !line.startsWith(`Briefwright: downloading the Electron ${electronVersion} binary`));
    expect(said).toEqual([`Briefwright: the Electron ${electronVersion} binary is installed; \`npm start\` opens the desktop app.`]);
    expect(requests).toContain(`/v${electronVersion}/electron-v${electronVersion}-${process.platform}-${process.arch}.zip`);
    const recorded = readFileSync(path.join(project, 'node_modules/electron/path.txt'), 'utf8');
    const binary = path.join(project, 'node_modules/electron/dist', recorded);
    expect(statSync(binary).mode & 0o111).not.toBe(0);
    expect(spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout).toBe('downloaded stand-in electron: --version\n');

    const again = await npm(['run', 'postinstall'], project, env);
    expect(again.code).toBe(0);
    expect(ownLines(again.stdout)).toEqual([]);
  });
});

describe.skipIf(process.platform === 'win32')('npm start with a binary', () => {
  it('builds the app and launches the binary on it, exiting with its status', async () => {
    const dist = standIn('launch', 'exit 7');
    const { code, stdout, stderr } = await npm(['start'], root, { ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(stderr).not.toMatch(/Electron uninstall|needs the Electron binary/);
    expect(stdout).toContain(`stand-in electron: . in ${root}`);
    expect(existsSync(path.join(root, 'out/main/index.js'))).toBe(true);
    expect(code).toBe(7);
  }, 180_000);

  it('ends the app when npm start is killed', async () => {
    const dist = standIn('kill', 'exec sleep 60');
    // Built by the test above; `--skipBuild` also shows that options reach electron-vite.
    const npmStart = spawn('npm', ['start', '--', '--skipBuild'], { cwd: root, env: userEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist }), stdio: 'ignore' });
    const exited = new Promise((resolve) => npmStart.on('exit', resolve));
    expect(await waitFor(() => existsSync(path.join(dist, 'pid')), 30_000)).toBe(true);
    const app = Number(readFileSync(path.join(dist, 'pid'), 'utf8'));
    expect(isRunning(app)).toBe(true);
    npmStart.kill('SIGTERM');
    await exited;
    expect(await waitFor(() => !isRunning(app), 5_000)).toBe(true);
  }, 60_000);

  it('says why when ELECTRON_OVERRIDE_DIST_PATH names a folder without the binary', async () => {
    const empty = mkdtempSync(path.join(tmp, 'empty-'));
    const { code, stdout, stderr } = await npm(['start'], root, { ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(code).not.toBe(0);
    expect(ownLines(stderr)).toEqual([expect.stringContaining(`ELECTRON_OVERRIDE_DIST_PATH is set, but ${path.join(empty, 'electron')} does not exist`)]);
    expect(`${stdout}${stderr}`).not.toMatch(/Electron uninstall|building/);
  });
});
