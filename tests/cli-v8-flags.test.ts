/**
 * The V8 flags the CLI launcher sets at run time (bin/v8-flags.js). Node lets a program set V8 flags
 * only after V8 has started and run regular expressions of its own, and `--no-regexp-tier-up`, set
 * that way until December 2026, crashed the CLI with SIGSEGV under load (1 `extract` run in ~130 on
 * Node 20, 1 in 13 on Node 24). What replaced it must keep the speed (each regex compiled once, to
 * machine code) without touching how regexes compiled before it run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain CommonJS module of the launcher (bin/package.json), without type declarations
import { CLI_V8_FLAGS } from '../bin/v8-flags.js';

const root = path.resolve(import.meta.dirname, '..');
let tmp: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-v8-flags-'));
}, 120_000);

/**
 * Runs `script` in a Node that can ask V8 how a regex was compiled (%RegexpHasBytecode), after `preamble`.
 * Prints "bytecode native" as two booleans for a Unicode regex run once after the preamble.
 */
const PROBE = `
const probe = new RegExp('x[a-z]+\\\\p{L}*y', 'u');
probe.exec('xabcéy');
process.stderr.write('regex-compiled: ' + %RegexpHasBytecode(probe, true) + ' ' + %RegexpHasNativeCode(probe, true) + '\\n');
`;

function compiledAs(stderr: string): string | undefined {
  return /regex-compiled: (\w+ \w+)/.exec(stderr)?.[1];
}

describe('CLI_V8_FLAGS', () => {
  it('holds only flags that are safe to set while V8 runs: never one that switches regex tier-up off', () => {
    const flags = (CLI_V8_FLAGS as string).split(/\s+/).filter(Boolean);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag).toMatch(/^--regexp-tier-up-ticks=\d+$/);
    expect(CLI_V8_FLAGS).not.toMatch(/--no-regexp-tier-up|--regexp-interpret-all|--jitless/);
  });

  it('makes a regex compile once, to machine code, where plain Node first compiles it to bytecode', () => {
    const file = path.join(tmp, 'probe.js');
    writeFileSync(file, `require('node:v8').setFlagsFromString(process.argv[2] ?? '');\n${PROBE}`);
    const plain = spawnSync(process.execPath, ['--allow-natives-syntax', file], { encoding: 'utf8' });
    const flagged = spawnSync(process.execPath, ['--allow-natives-syntax', file, CLI_V8_FLAGS], { encoding: 'utf8' });
    expect(compiledAs(plain.stderr), plain.stderr).toBe('true true');
    expect(compiledAs(flagged.stderr), flagged.stderr).toBe('false true');
  });

  it('is what a real `briefwright extract` run sets: a regex it compiles has no bytecode', () => {
    // A preload that probes when the run is over, after the launcher has set its flags and extracted.
    const preload = path.join(tmp, 'probe-at-exit.js');
    writeFileSync(preload, `process.on('exit', () => {${PROBE}});`);
    const statement = path.join(root, 'resources/samples/canada-rok-fdmm-2024.txt');
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--require', preload, path.join(root, 'bin/briefwright.js'), 'extract', statement], { encoding: 'utf8', cwd: root, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Mélanie Joly');
    expect(compiledAs(run.stderr), run.stderr).toBe('false true');
  });
});
