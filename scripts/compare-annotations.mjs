#!/usr/bin/env node
// Lists where two annotations of the same statement disagree, for the corpus's second, independent
// annotation pass: the reviewer annotates the text from the rules alone, then this script shows
// each difference so it can be settled by the rules. Condemnations and initiatives are compared by
// the sentence their `contains` falls in (two annotators rarely copy the same words), participants
// by name and quotes by speaker and the sentence the quotation opens in.
// Usage: node scripts/compare-annotations.mjs FIRST.json SECOND.json   (the .txt beside FIRST)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[“”«»"]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** Start offsets of the sentences of `text` (a sentence ends at . ! ? followed by space, or a blank line). */
function sentenceStarts(text) {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’»]?[\s\u00a0]+(?=\S)|\n\s*\n/gu)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceOf(text, starts, needle) {
  const at = text.indexOf(needle);
  if (at < 0) return -1;
  let found = 0;
  for (const s of starts) if (s <= at) found = s;
  return found;
}

export function compareAnnotations(first, second, text) {
  const lines = [];
  const starts = sentenceStarts(text);
  const sentenceText = (start) => text.slice(start, starts.find((s) => s > start) ?? text.length).replace(/\s+/g, ' ').trim().slice(0, 160);
  const names = (g) => new Map(g.participants.map((p) => [fold(p.name), p]));
  const [a, b] = [names(first), names(second)];
  for (const [key, p] of a) if (!b.has(key)) lines.push(`participant only in FIRST: ${p.name} (${p.title}, ${p.country})`);
  for (const [key, p] of b) if (!a.has(key)) lines.push(`participant only in SECOND: ${p.name} (${p.title}, ${p.country})`);
  const quoteKey = (q) => `${fold(q.speaker)} @ ${sentenceOf(text, starts, q.startsWith)}`;
  const qa = new Map(first.quotes.map((q) => [quoteKey(q), q]));
  const qb = new Map(second.quotes.map((q) => [quoteKey(q), q]));
  for (const [key, q] of qa) if (!qb.has(key)) lines.push(`quote only in FIRST: ${q.speaker}: “${q.startsWith}”`);
  for (const [key, q] of qb) if (!qa.has(key)) lines.push(`quote only in SECOND: ${q.speaker}: “${q.startsWith}”`);
  for (const list of ['condemnations', 'initiatives']) {
    const sa = new Set(first[list].map((i) => sentenceOf(text, starts, i.contains)));
    const sb = new Set(second[list].map((i) => sentenceOf(text, starts, i.contains)));
    for (const s of sa) if (!sb.has(s)) lines.push(`${list.slice(0, -1)} only in FIRST: ${s < 0 ? '(contains not found in text)' : sentenceText(s)}`);
    for (const s of sb) if (!sa.has(s)) lines.push(`${list.slice(0, -1)} only in SECOND: ${s < 0 ? '(contains not found in text)' : sentenceText(s)}`);
  }
  for (const field of ['date', 'location']) {
    if ((first.meeting[field] ?? null) !== (second.meeting[field] ?? null)) lines.push(`meeting.${field}: FIRST ${first.meeting[field]} / SECOND ${second.meeting[field]}`);
  }
  if (first.source.kind !== second.source.kind) lines.push(`source.kind: FIRST ${first.source.kind} / SECOND ${second.source.kind}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [firstPath, secondPath] = process.argv.slice(2);
  if (!firstPath || !secondPath) {
    console.error('usage: node scripts/compare-annotations.mjs FIRST.json SECOND.json');
    process.exit(2);
  }
  const text = readFileSync(firstPath.replace(/\.json$/, '.txt'), 'utf8');
  const lines = compareAnnotations(JSON.parse(readFileSync(firstPath, 'utf8')), JSON.parse(readFileSync(secondPath, 'utf8')), text);
  for (const line of lines) console.log(line);
  console.log(lines.length === 0 ? 'the two annotations agree' : `${lines.length} difference(s)`);
}
