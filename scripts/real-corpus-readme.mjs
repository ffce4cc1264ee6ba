#!/usr/bin/env node
// Rewrites the statement table of corpus/real/README.md (between its two TABLE markers) from the
// annotations, so the table can never drift from the files: id, issuer, language, kind, split,
// counts, date, source and licence. `--check` exits 1 when the README is out of date (the corpus
// test runs it). Usage: node scripts/real-corpus-readme.mjs [--check]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus', 'real');
const readme = path.join(corpus, 'README.md');
const START = '<!-- TABLE START: made by scripts/real-corpus-readme.mjs -->';
const END = '<!-- TABLE END -->';

/** Same split as scripts/eval-corpus.ts (splitOf): SHA-256 of the id, first 32 bits, under the tune share. */
function splitOf(id, tuneShare) {
  return createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32 < tuneShare ? 'tune' : 'test';
}

export function statementTable() {
  const { split } = JSON.parse(readFileSync(path.join(corpus, 'corpus.json'), 'utf8'));
  const rows = readdirSync(corpus)
    .filter((f) => f.endsWith('.json') && f !== 'corpus.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(corpus, f), 'utf8')));
  const cell = (text) => String(text ?? '—').replace(/\|/g, '\\|');
  const lines = [
    '| id | issuer | lang | kind | split | P/Q/C/I | date | source | licence |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((g) =>
      [
        `\`${g.id}\``,
        cell(g.source.issuer),
        g.source.language,
        g.source.kind,
        splitOf(g.id, split.tuneShare),
        `${g.participants.length}/${g.quotes.length}/${g.condemnations.length}/${g.initiatives.length}`,
        cell(g.source.date),
        `[link](${g.source.url})${g.source.originalUrl ? ` ([original](${g.source.originalUrl}))` : ''}`,
        cell(g.source.licence),
      ].join(' | '),
    ).map((line) => `| ${line} |`),
  ];
  const sum = (key) => rows.reduce((n, g) => n + g[key].length, 0);
  const count = (pred) => rows.filter(pred).length;
  const summary = [
    '',
    `${rows.length} statements (${count((g) => splitOf(g.id, split.tuneShare) === 'tune')} tune, ${count((g) => splitOf(g.id, split.tuneShare) === 'test')} test); ` +
      `${count((g) => g.source.language === 'en')} English, ${count((g) => g.source.language === 'fr')} French; ` +
      `${new Set(rows.map((g) => g.source.issuer)).size} issuers; ${count((g) => g.quotes.length > 0)} with quotations; ` +
      `${count((g) => g.source.kind === 'joint-statement')} joint statements. ` +
      `Totals: ${sum('participants')} participants, ${sum('quotes')} quotes, ${sum('condemnations')} condemnations, ${sum('initiatives')} initiatives.`,
  ];
  return [...lines, ...summary].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readme, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readme} lacks the table markers`);
  const next = `${current.slice(0, start + START.length)}\n${statementTable()}\n${current.slice(end)}`;
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('corpus/real/README.md is out of date: run node scripts/real-corpus-readme.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(readme, next);
  }
}
