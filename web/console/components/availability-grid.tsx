import { shortDate } from '../format';
import { t } from '../i18n';
import { cellKey, GRID_HOURS } from '../availability';

/** Days × hours of toggle buttons (Space or Enter toggles, Tab moves): green hours are when the speaker can be scheduled. */
export function AvailabilityGrid(props: { days: string[]; cells: string[]; onChange: (cells: string[]) => void }) {
  const tr = t.value;
  const chosen = new Set(props.cells);
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const key of keys)
      if (on) next.add(key);
      else next.delete(key);
    props.onChange([...next].sort());
  };
  return (
    <table class="availability">
      <caption class="visually-hidden">{tr('speakers.availability')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{tr('slots.day')}</span>
          </th>
          {GRID_HOURS.map((hour) => (
            <th scope="col" key={hour}>
              {hour}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.days.map((date) => {
          const dayKeys = GRID_HOURS.map((hour) => cellKey(date, hour));
          const allOn = dayKeys.every((key) => chosen.has(key));
          return (
            <tr key={date}>
              <th scope="row">
                <button type="button" class="link" aria-pressed={allOn} onClick={() => toggle(dayKeys, !allOn)}>
                  {tr('speakers.wholeDay', { day: shortDate(date) })}
                </button>
              </th>
              {GRID_HOURS.map((hour) => {
                const key = cellKey(date, hour);
                const on = chosen.has(key);
                return (
                  <td key={key}>
                    <button
                      type="button"
                      aria-pressed={on}
                      aria-label={tr('speakers.hourCell', {
                        day: shortDate(date),
                        hour: `${String(hour).padStart(2, '0')}:00`,
                      })}
                      onClick={() => toggle([key], !on)}
                    >
                      {on ? '✓' : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
