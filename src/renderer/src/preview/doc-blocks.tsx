/**
 * The DocModel's blocks as HTML, sized in points from the model's own styles, so the preview shows
 * the note as the DOCX and PDF writers lay it out. A list is split into one flow unit per item, so a
 * page can break between items as it does in print.
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import { keepWithNextFlags, quoteParagraphs } from '../../../core/layout/pagination-rules';
import { assertNever, type Block, type DocStyles, type TextRun } from '../../../core/model/doc-model';

/** keepWithNext: the unit stays on the page of the next one (layout/pagination-rules.ts, as in the DOCX and PDF). */
export type FlowUnit =
  | { readonly key: string; readonly kind: 'block'; readonly block: Exclude<Block, { kind: 'list' }>; readonly keepWithNext: boolean }
  | { readonly key: string; readonly kind: 'list-item'; readonly ordered: boolean; readonly number: number; readonly runs: readonly TextRun[]; readonly last: boolean; readonly keepWithNext: boolean };

export function flowUnits(blocks: readonly Block[]): FlowUnit[] {
  const keep = keepWithNextFlags(blocks);
  return blocks.flatMap((block, index): FlowUnit[] =>
    block.kind === 'list'
      ? block.items.map((runs, item) => {
          const last = item === block.items.length - 1;
          return { key: `${index}.${item}`, kind: 'list-item', ordered: block.ordered, number: item + 1, runs, last, keepWithNext: last && keep[index]! };
        })
      : [{ key: String(index), kind: 'block', block, keepWithNext: keep[index]! }],
  );
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

const pt = (points: number) => `${points}pt`;

function BlockView({ block, styles }: { block: Exclude<Block, { kind: 'list' }>; styles: DocStyles }) {
  const after = pt(styles.paragraphAfter);
  switch (block.kind) {
    case 'title':
      return <p style={{ fontSize: pt(styles.titleSize), fontWeight: 700, margin: `0 0 ${after}` }}>{block.label ? `${block.label} ${block.text}` : block.text}</p>;
    case 'heading':
      return (
        <p
          style={{
            fontSize: pt(block.level === 1 ? styles.headingSize : styles.baseSize),
            fontWeight: 700,
            color: `#${styles.headingColor}`,
            margin: `${pt(styles.headingBefore)} 0 ${pt(styles.headingAfter)}`,
          }}
        >
          {block.text}
        </p>
      );
    case 'paragraph':
      // A memo's heading lines (MEMORANDUM TO …, FOR DECISION) are centred at the heading size, as in the DOCX and PDF.
      if (block.role === 'memo-addressee' || block.role === 'memo-purpose')
        return (
          <p className={`doc-${block.role}`} style={{ textAlign: 'center', fontSize: pt(styles.headingSize), margin: `0 0 ${pt(styles.headingAfter)}` }}>
            <Runs runs={block.runs} />
          </p>
        );
      return (
        <p style={{ margin: block.role === 'closing' ? `${pt(styles.headingBefore * 1.5)} 0 ${after}` : `0 0 ${after}` }}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'quote':
      return (
        <div style={{ margin: `0 0 ${after} ${pt(styles.quoteIndent)}` }}>
          {quoteParagraphs(block.text).map((paragraph, index) => (
            <p key={index} style={{ fontStyle: 'italic', ...(index > 0 ? { marginTop: pt(styles.paragraphAfter / 3) } : {}) }}>
              {paragraph}
            </p>
          ))}
          {block.attribution && <p style={{ color: `#${styles.mutedColor}` }}>— {block.attribution}</p>}
        </div>
      );
    case 'table':
      return (
        <table className={block.role ? `doc-table doc-table--${block.role}` : 'doc-table'} style={{ margin: `0 0 ${after}` }}>
          <colgroup>
            {block.columnWidths.map((width, index) => (
              <col key={index} style={{ width: `${width * 100}%` }} />
            ))}
          </colgroup>
          {block.header && (
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index}>{cell}</th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (index === 0 && !block.header && block.role !== 'approval' ? <th key={index} scope="row">{cell}</th> : <td key={index}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    default:
      return assertNever(block);
  }
}

/**
 * Memoised: each unit is shown twice (measured off-screen, then on its page), and the page's first
 * measuring and Fit-width passes re-render the pages around unchanged units.
 */
export const FlowUnitView = memo(function FlowUnitView({ unit, styles }: { unit: FlowUnit; styles: DocStyles }) {
  if (unit.kind === 'block') return <BlockView block={unit.block} styles={styles} />;
  const style: CSSProperties = {
    position: 'relative',
    margin: `0 0 ${pt(unit.last ? Math.max(styles.listItemAfter, styles.paragraphAfter) : styles.listItemAfter)} ${pt(styles.listIndent)}`,
  };
  return (
    <div style={style}>
      <span aria-hidden="true" style={{ position: 'absolute', left: pt(styles.listMarkerOffset - styles.listIndent) }}>
        {unit.ordered ? `${unit.number}.` : '•'}
      </span>
      <Runs runs={unit.runs} />
    </div>
  );
});
