/**
 * The structured statement as readable lists: participants, condemnations, initiatives and quotes,
 * one component each so the screen can place them. Read-only for now; the editor that picks,
 * orders and rewords items replaces these later.
 */
import type { ReactNode } from 'react';
import type { StructuredStatement } from '../../../core/model/structured-statement';

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section className={`card section section--${id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">({count})</span>
      </h2>
      {count === 0 ? <p className="muted">None found in the statement.</p> : children}
    </section>
  );
}

export function ParticipantList({ participants }: { participants: StructuredStatement['participants'] }) {
  return (
    <Section id="participants" title="Participants" count={participants.length}>
      <ul className="item-list">
        {participants.map((participant) => (
          <li key={`${participant.source.start}-${participant.name}`} className="participant">
            <span className="participant__name">{participant.name}</span>
            {(participant.title || participant.country) && (
              <span className="participant__details">{[participant.title, participant.country].filter(Boolean).join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function CondemnationList({ condemnations }: { condemnations: StructuredStatement['condemnations'] }) {
  return (
    <Section id="condemnations" title="Condemnations" count={condemnations.length}>
      <ul className="item-list">
        {condemnations.map((condemnation) => (
          <li key={condemnation.source.start}>
            <p>{condemnation.text}</p>
            {condemnation.targets.length > 0 && (
              <p className="targets">
                <span className="visually-hidden">Targets: </span>
                {condemnation.targets.map((target) => (
                  <span key={target} className="tag">
                    {target}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function InitiativeList({ initiatives }: { initiatives: StructuredStatement['initiatives'] }) {
  return (
    <Section id="initiatives" title="Initiatives" count={initiatives.length}>
      <ul className="item-list">
        {initiatives.map((initiative) => (
          <li key={initiative.source.start}>{initiative.text}</li>
        ))}
      </ul>
    </Section>
  );
}

export function QuoteList({ quotes }: { quotes: StructuredStatement['quotes'] }) {
  return (
    <Section id="quotes" title="Quotes" count={quotes.length}>
      <ul className="item-list item-list--plain">
        {quotes.map((quote) => (
          <li key={quote.source.start}>
            <figure className="quote">
              <blockquote>
                <p>{quote.text}</p>
              </blockquote>
              <figcaption>— {quote.speaker || 'Speaker not found'}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </Section>
  );
}
