/** The note as Markdown, so pandoc (the peer) converts the same content we render. Bench-only. */
import type { DocModel } from '../src/core/model/doc-model';

export function markdownOfNote(doc: DocModel): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'title':
        lines.push(`# ${block.text}`, '');
        break;
      case 'heading':
        lines.push(`${'#'.repeat(block.level + 1)} ${block.text}`, '');
        break;
      case 'paragraph':
        lines.push(block.runs.map((run) => (run.bold ? `**${run.text.trim()}** ` : run.text)).join(''), '');
        break;
      case 'list':
        block.items.forEach((item, i) => lines.push(`${block.ordered ? `${i + 1}.` : '-'} ${item.map((run) => run.text).join('')}`));
        lines.push('');
        break;
      case 'quote':
        lines.push(`> ${block.text}`, `>`, `> — ${block.attribution}`, '');
        break;
      case 'table':
        lines.push(`| ${block.rows[0]?.map(() => ' ').join(' | ')} |`, `|${block.rows[0]?.map(() => '---').join('|')}|`);
        block.rows.forEach((row) => lines.push(`| ${row.join(' | ')} |`));
        lines.push('');
        break;
    }
  }
  return lines.join('\n');
}
