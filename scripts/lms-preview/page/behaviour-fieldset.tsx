// How strict the preview LMS is: the ways real LMSs differ from scorm-again's defaults.
import type { LmsBehaviour } from '../lms-runtime';

interface Props {
  behaviour: LmsBehaviour;
  onChange: (next: LmsBehaviour) => void;
}

const SWITCHES: [key: 'exitNormalEndsAttempt' | 'suspendDataLimit' | 'failCommits', label: string][] = [
  ['exitNormalEndsAttempt', 'SCORM 2004: avslut ”normal” avslutar försöket (nästa start blir ab-initio utan data)'],
  ['suspendDataLimit', 'SCORM 1.2: suspend_data över 4096 tecken nekas med fel 405 (som Moodle)'],
  ['failCommits', 'Commit misslyckas (fel 101): inget sparas i LMS:et'],
];

export function BehaviourFieldset({ behaviour, onChange }: Props) {
  return (
    <fieldset class="behaviour">
      <legend>LMS-beteende</legend>
      {SWITCHES.map(([key, label]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={behaviour[key]}
            onChange={(e) => onChange({ ...behaviour, [key]: e.currentTarget.checked })}
          />{' '}
          {label}
        </label>
      ))}
      <label>
        Värde som aldrig satts{' '}
        <select
          value={behaviour.neverSet}
          onChange={(e) =>
            onChange({ ...behaviour, neverSet: e.currentTarget.value === 'moodle' ? 'moodle' : 'scorm-again' })
          }
        >
          <option value="moodle">"" med fel 0 (Moodle)</option>
          <option value="scorm-again">"" med fel 403 (scorm-again)</option>
        </select>
      </label>
    </fieldset>
  );
}
