/**
 * Reading a statement off the page's thread (issue 17 item 6): the worker's protocol (what it answers
 * for a statement and for a file it cannot read), and the page's side — a new open cancels the one
 * running, Cancel stops it, a late answer from a stopped worker is ignored.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import sampleText from '../../../../resources/samples/canada-rok-fdmm-2024.txt?raw';
import type { StatementJob, StatementJobResult } from './statement-job';

const sample = new TextEncoder().encode(sampleText);

describe('the statement worker', () => {
  it('answers a job with the statement and its extraction, and a file it cannot read with the reason', async () => {
    const posted: StatementJobResult[] = [];
    // The worker module installs its handler on `self`, as a module worker does.
    const scope = { onmessage: null as ((event: { data: StatementJob }) => Promise<void>) | null, postMessage: (message: StatementJobResult) => posted.push(message) };
    vi.stubGlobal('self', scope);
    await import('./statement-worker');
    await scope.onmessage!({ data: { id: 7, bytes: sample, fileName: 'fdmm.txt' } });
    await scope.onmessage!({ data: { id: 8, bytes: new Uint8Array([0, 1, 2, 0, 0, 0, 255, 0]), fileName: 'binary.txt' } });
    // Pasted text: no decoding, and the same checks as a file.
    await scope.onmessage!({ data: { id: 9, text: sampleText.replace(/\n/g, '\r\n'), fileName: 'Pasted statement' } });
    await scope.onmessage!({ data: { id: 10, text: '   \n\n ', fileName: 'Pasted statement' } });
    vi.unstubAllGlobals();
    const [opened, refused, pasted, blank] = posted;
    expect(opened).toMatchObject({ id: 7, ok: true, notices: [] });
    if (!opened?.ok) throw new Error('expected an opened statement');
    expect(opened.statement.text).toContain('Republic of Korea');
    expect(opened.structured.participants.map((participant) => participant.name).join(' ')).toMatch(/Joly/);
    expect(refused).toMatchObject({ id: 8, ok: false, message: expect.any(String), userMessage: { code: expect.any(String) } });
    if (!pasted?.ok) throw new Error('expected the pasted statement to open');
    expect(pasted.statement.text).toBe(opened.statement.text);
    expect(pasted.structured).toEqual(opened.structured);
    expect(blank).toMatchObject({ id: 10, ok: false, userMessage: { code: 'import.noText', params: { name: 'Pasted statement' } } });
  });
});

/** A Worker that answers only when the test says, and records being terminated. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: StatementJobResult }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  jobs: StatementJob[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(job: StatementJob) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  reply(result: StatementJobResult) {
    this.onmessage?.({ data: result });
  }
}

describe('openStatementOffThread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    FakeWorker.made = [];
  });

  async function withFakeWorker() {
    vi.stubGlobal('Worker', FakeWorker);
    return import('./statement-job');
  }

  it('a new open cancels the one running: its worker is stopped and a late answer ignored', async () => {
    const { openStatementOffThread, openingState, OpeningCancelledError } = await withFakeWorker();
    const first = openStatementOffThread({ bytes: sample }, 'first.txt');
    expect(openingState()?.fileName).toBe('first.txt');
    const second = openStatementOffThread({ bytes: sample }, 'second.txt');
    await expect(first).rejects.toEqual(new OpeningCancelledError('newer-open'));
    await expect(first).rejects.toMatchObject({ by: 'newer-open' });
    const [stopped, fresh] = FakeWorker.made;
    expect(stopped!.terminated).toBe(true);
    expect(fresh!.terminated).toBe(false);
    expect(openingState()?.fileName).toBe('second.txt');
    // The stopped worker's answer, had it come, changes nothing.
    stopped!.reply({ id: stopped!.jobs[0]!.id, ok: false, message: 'late' });
    const answer = { statement: { text: 'x' }, structured: { participants: [] }, notices: [] } as never as Extract<StatementJobResult, { ok: true }>;
    fresh!.reply({ ...answer, id: fresh!.jobs[0]!.id, ok: true });
    await expect(second).resolves.toMatchObject({ statement: { text: 'x' } });
    expect(openingState()).toBeNull();
  });

  it('Cancel stops the worker, rejects as cancelled by the officer, and the next open starts a fresh worker', async () => {
    const { openStatementOffThread, cancelOpening, openingState } = await withFakeWorker();
    const running = openStatementOffThread({ bytes: sample }, 'huge.txt');
    cancelOpening();
    await expect(running).rejects.toMatchObject({ name: 'OpeningCancelledError', by: 'officer' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(openingState()).toBeNull();
    cancelOpening(); // nothing running: nothing happens
    const next = openStatementOffThread({ bytes: sample }, 'next.txt');
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]!.reply({ id: FakeWorker.made[1]!.jobs[0]!.id, ok: false, message: 'not a statement', userMessage: { code: 'import.binary' as never } });
    await expect(next).rejects.toMatchObject({ message: 'not a statement', userMessage: { code: 'import.binary' } });
  });

  it('without Worker (tests, old engines), does the same work in the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const { openStatementOffThread } = await import('./statement-job');
    const opened = await openStatementOffThread({ bytes: sample }, 'fdmm.txt');
    expect(opened.statement.text).toContain('Republic of Korea');
    expect(opened.structured.participants.length).toBeGreaterThan(0);
  });
});
