/** The meeting the statement reports on: title, date and place, each marked when not found. */
import { formatLongDate } from '../../../core/compose/draft-summary';
import type { Language } from '../../../core/model/statement';
import type { Meeting } from '../../../core/model/structured-statement';

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd className={value ? undefined : 'muted'}>{value ?? 'Not found in the statement'}</dd>
    </div>
  );
}

export function MeetingSummary({ meeting, language }: { meeting: Meeting; language: Language }) {
  return (
    <section className="card meeting" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Meeting</h2>
      <dl className="facts">
        <Fact label="Title" value={meeting.title} />
        <Fact label="Date" value={meeting.date ? formatLongDate(meeting.date, language) : null} />
        <Fact label="Location" value={meeting.location} />
      </dl>
    </section>
  );
}
