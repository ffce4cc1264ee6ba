/**
 * Each test file gets a temporary folder of its own as `os.tmpdir()` (TMPDIR, inherited by the CLI
 * children it spawns), removed with everything in it when the file's tests end. Tests create their
 * scratch folders with `mkdtemp(os.tmpdir())`; before this, ~1,300 of them were left in /tmp after a
 * few runs of the suite and of the mutation runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const outer = os.tmpdir();
const own = mkdtempSync(path.join(outer, 'briefwright-test-'));
process.env.TMPDIR = own;

afterAll(() => {
  process.env.TMPDIR = outer;
  // A child process may still be writing its Node compile cache here (ENOTEMPTY on Node 22, CI rehearsals of e33183b and
  // fa0c7ff: vite, killed with npm in web-server.test.ts, writes it as it exits): retry for a few seconds, then leave the
  // folder with a word rather than fail tests that passed — removing scratch is housekeeping, not the behaviour under test.
  try {
    rmSync(own, { recursive: true, force: true, maxRetries: 12, retryDelay: 100 });
  } catch (error) {
    console.warn(`could not remove the test's temporary folder ${own}: ${(error as Error).message}`);
  }
});
