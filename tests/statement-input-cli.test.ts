/**
 * What the CLI does with the statement file it is given, in a child process as the user runs it:
 * a Briefwright JSON statement's structure is what `render` draws (not a re-extraction), a UTF-8
 * file with a bad byte stays UTF-8 and says how many characters were replaced, and inputs that
 * unpack or inflate far beyond their size are refused quickly with a clear message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStatement } from '../src/core/extract/extract-statement';
import { serializeStructuredStatement } from '../src/core/import/structured-statement-file';
import { importText } from '../src/core/import/text-importer';
import { makeDocxBomb, makePdfBomb } from '../src/core/testing/zip-bomb-fixture';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');
const sample = path.join(root, 'resources/samples/canada-rok-fdmm-2024.txt');

function cli(args: string[], input?: string | Buffer) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });
  // A process ended by a signal says which (a CI rehearsal once saw a null status with nothing on stderr), as in importers-cli.
  return { code: result.status ?? `killed by ${result.signal ?? result.error?.message ?? 'unknown'}`, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: readFileSync(file) })).value;
}

let tmp: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-input-'));
}, 120_000);

describe('a Briefwright JSON statement is rendered from the structure it holds', () => {
  /** The sample, structured, then corrected by an officer: a new title, one participant renamed, one dropped. */
  function correctedStatementFile(folder: string): string {
    const statement = importText(readFileSync(sample, 'utf8'));
    const extracted = extractStatement(statement);
    const [first, , ...rest] = extracted.participants;
    const structured = {
      ...extracted,
      meeting: { ...extracted.meeting, title: 'Corrected title: Canada–Korea ministers' },
      participants: [{ ...first!, name: 'Corrected Officer-Name' }, ...rest],
    };
    const file = path.join(folder, 'corrected.structured.json');
    writeFileSync(file, serializeStructuredStatement({ sourceName: 'sample.txt', statementText: statement.text, structured }));
    return file;
  }

  it('render uses the corrected title and participants', async () => {
    const file = correctedStatementFile(tmp);
    const out = path.join(tmp, 'corrected-note');
    const { code, stderr } = cli(['render', file, '--format', 'docx', '--out', out]);
    expect(code, stderr).toBe(0);
    const text = await docxText(`${out}.docx`);
    expect(text).toContain('Corrected title: Canada–Korea ministers');
    expect(text).toContain('Corrected Officer-Name');
    expect(text).not.toContain('Mélanie Joly, Minister of Foreign Affairs'); // the participant line the officer corrected
  });

  it('render --batch (worker threads) uses it too', async () => {
    const inDir = path.join(tmp, 'batch-in');
    const outDir = path.join(tmp, 'batch-out');
    mkdirSync(inDir);
    correctedStatementFile(inDir);
    const { code, stderr } = cli(['render', '--batch', inDir, '--format', 'docx', '--out', outDir]);
    expect(code, stderr).toBe(0);
    const text = await docxText(path.join(outDir, 'corrected.structured.docx'));
    expect(text).toContain('Corrected title: Canada–Korea ministers');
    expect(text).toContain('Corrected Officer-Name');
  });
});

describe('decoding', () => {
  it('a UTF-8 statement with one bad byte keeps its dashes and participants, and stderr says 1 character was replaced', () => {
    const text = readFileSync(sample, 'utf8');
    const at = text.indexOf('Foreign Affairs');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0x9d]), Buffer.from(text.slice(at))]);
    const file = path.join(tmp, 'one-bad-byte.txt');
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = cli(['extract', file, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.participants.map((p: { name: string }) => p.name)).toContain('Mélanie Joly');
    expect(stdout).not.toContain('Ã©');
    expect(stderr).toMatch(/one-bad-byte\.txt is not entirely valid UTF-8: 1 character could not be read and was replaced with � \(U\+FFFD\)/);
  });

  it('a file 1 byte over the 5 MB limit is not reported as "5.0 MB"', () => {
    const file = path.join(tmp, 'just-over.txt');
    writeFileSync(file, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const { code, stderr } = cli(['extract', file]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('5,242,881 bytes; the limit is 5 MB');
    expect(stderr).not.toMatch(/5\.0 MB/);
  });
});

describe('inputs that unpack far beyond their size are refused before a parser sees them', () => {
  it.each([
    ['a .docx whose document.xml is 30 MB of paragraphs', 'honest.docx', () => makeDocxBomb(30, { fill: 'paragraphs' }), /honest\.docx is refused: it holds XML that unpacks to more than 4 MB \(30 MB declared\)/],
    ['the same, its central directory claiming 1 KB', 'lying.docx', () => makeDocxBomb(30, { fill: 'paragraphs', declaredSize: 1000 }), /lying\.docx is refused: it holds XML that unpacks to more than 4 MB/],
    ['a PDF with a 100 MB Flate content stream', 'bomb.pdf', () => makePdfBomb(100), /bomb\.pdf is refused: its compressed streams inflate to more than 16 MB/],
  ])('%s', (_label, name, make, message) => {
    const file = path.join(tmp, name);
    const bytes = make();
    expect(bytes.length).toBeLessThan(500 * 1024);
    writeFileSync(file, bytes);
    const { code, stderr, seconds } = cli(['extract', file]);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(seconds).toBeLessThan(20); // ~1 s alone; the bound is loose for a loaded CI machine
  });

  it('a real Word statement and a real PDF statement still open', () => {
    for (const file of ['canada-chile-oceans-2025.docx', 'korea-germany-fmm-2025.pdf']) {
      const { code, stderr } = cli(['extract', path.join(root, 'tests/fixtures/statements', file)]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  });
});

describe('what a note holds is bounded, and the CLI says what it cut', () => {
  it('a structured statement with 3,000 initiatives renders the first 500 and says so (the desktop exports the same note)', async () => {
    const statement = importText(readFileSync(sample, 'utf8'));
    const extracted = extractStatement(statement);
    const initiatives = Array.from({ length: 3_000 }, (_, i) => ({ text: `Initiative number ${i + 1} of the ministers.`, source: { start: i, end: i + 1 } }));
    const file = path.join(tmp, 'many-initiatives.structured.json');
    writeFileSync(file, serializeStructuredStatement({ sourceName: 'sample.txt', statementText: statement.text, structured: { ...extracted, initiatives } }));
    const out = path.join(tmp, 'many-initiatives');
    const { code, stderr } = cli(['render', file, '--format', 'docx', '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/warning: [^:]+: [\d,]+ items; the note holds the first 500 \(a section holds at most 500\)\./);
    const text = await docxText(`${out}.docx`);
    expect(text).toContain('Initiative number 500 of the ministers.');
    expect(text).not.toContain('Initiative number 501 of the ministers.');
  });

  it('a 4.9 MB statement gives a PDF of about 100 pages at most, not thousands', () => {
    const text = readFileSync(sample, 'utf8');
    const big = path.join(tmp, 'big-statement.txt');
    writeFileSync(big, text.repeat(Math.floor((4.9 * 1024 * 1024) / Buffer.byteLength(text))));
    const out = path.join(tmp, 'big-note');
    const { code, stderr, seconds } = cli(['render', big, '--format', 'pdf', '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/warning: .*items; the note holds the first/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${out}.pdf`], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(120);
    console.log(`4.9 MB statement → ${pages}-page PDF in ${seconds.toFixed(1)} s`);
  }, 120_000);
});

describe('small CLI messages', () => {
  it('--out DIR/ is refused as a folder instead of writing the hidden file DIR/.docx', () => {
    const folder = path.join(tmp, 'out-folder');
    mkdirSync(folder);
    const { code, stderr } = cli(['render', '--format', 'docx', '--out', `${folder}/`]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${folder}/ names a folder; give the note's file name, e.g. --out ${path.join(folder, 'note')}`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a text file named .pdf is said to be no PDF', () => {
    const file = path.join(tmp, 'renamed.pdf');
    writeFileSync(file, readFileSync(sample));
    const { code, stderr } = cli(['extract', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/renamed\.pdf is not a PDF: a PDF file starts with “%PDF”, and this one does not/);
  });

  it('a batch where nothing rendered prints no "0.0 notes/s"', () => {
    const inDir = path.join(tmp, 'batch-bad');
    mkdirSync(inDir);
    writeFileSync(path.join(inDir, 'empty.txt'), '');
    const { code, stderr } = cli(['render', '--batch', inDir, '--format', 'docx', '--out', path.join(tmp, 'batch-bad-out')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/0 of 1 statements rendered in \d+\.\d s\n/);
    expect(stderr).not.toContain('0.0 notes/s');
  });
});
