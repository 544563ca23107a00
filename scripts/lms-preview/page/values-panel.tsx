// The LMS's view of the learner right now: the elements an LMS admin looks at first, the
// objectives, and every other CMI value behind a disclosure.
import type { LmsVersion } from '../lms-runtime';

const SUMMARY: Record<LmsVersion, [label: string, element: string][]> = {
  '1.2': [
    ['Inträde', 'cmi.core.entry'],
    ['Status', 'cmi.core.lesson_status'],
    ['Plats', 'cmi.core.lesson_location'],
    ['Poäng (0–100)', 'cmi.core.score.raw'],
    ['Sessionstid', 'cmi.core.session_time'],
    ['Avslut', 'cmi.core.exit'],
  ],
  '2004': [
    ['Inträde', 'cmi.entry'],
    ['Status', 'cmi.completion_status'],
    ['Andel klar', 'cmi.progress_measure'],
    ['Plats', 'cmi.location'],
    ['Poäng (skalad)', 'cmi.score.scaled'],
    ['Sessionstid', 'cmi.session_time'],
    ['Total tid', 'cmi.total_time'],
    ['Avslut', 'cmi.exit'],
  ],
};

/** cmi.suspend_data is a CMIString4096 in SCORM 1.2. */
const SUSPEND_DATA_LIMIT = 4096;

interface Props {
  version: LmsVersion;
  values: Record<string, string>;
}

export function ValuesPanel({ version, values }: Props) {
  const suspendData = values['cmi.suspend_data'] ?? '';
  const objectives = Object.keys(values)
    .map((key) => /^cmi\.objectives\.(\d+)\.id$/.exec(key)?.[1])
    .filter((n): n is string => n !== undefined);
  const field = version === '1.2' ? 'status' : 'completion_status';
  // One per submitted knowledge check; the course appends, never rewrites (1.2 interactions are write-only).
  const interactions = Object.keys(values).filter((key) => /^cmi\.interactions\.\d+\.id$/.test(key)).length;
  return (
    <section aria-labelledby="values-heading">
      <h2 id="values-heading">Värden i LMS:et</h2>
      <dl class="values">
        {SUMMARY[version].map(([label, element]) => (
          <div key={element}>
            <dt>
              {label} <code>{element}</code>
            </dt>
            <dd>{values[element] || '–'}</dd>
          </div>
        ))}
        <div>
          <dt>
            Interaktioner <code>cmi.interactions</code>
          </dt>
          <dd data-testid="interactions-count">{interactions}</dd>
        </div>
        <div>
          <dt>
            Längd <code>cmi.suspend_data</code>
          </dt>
          <dd data-testid="suspend-data-length">
            {suspendData.length} av {SUSPEND_DATA_LIMIT} tecken
          </dd>
        </div>
      </dl>
      {objectives.length > 0 && (
        <table class="objectives">
          <caption>Mål (ett per modul)</caption>
          <thead>
            <tr>
              <th scope="col">id</th>
              <th scope="col">{field}</th>
              <th scope="col">score.raw</th>
            </tr>
          </thead>
          <tbody>
            {objectives.map((n) => (
              <tr key={n}>
                <td>{values[`cmi.objectives.${n}.id`]}</td>
                <td>{values[`cmi.objectives.${n}.${field}`]}</td>
                <td>{values[`cmi.objectives.${n}.score.raw`] || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details>
        <summary>Alla CMI-värden</summary>
        <pre class="all-values">
          {Object.entries(values)
            .map(([k, v]) => `${k} = ${v}`)
            .join('\n')}
        </pre>
      </details>
    </section>
  );
}
