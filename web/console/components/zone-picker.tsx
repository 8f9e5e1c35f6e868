import { useMemo, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { Problem } from '../http';
import { Field } from './fields';

const ZONES: string[] = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

/** The IANA zone, chosen from the browser's list narrowed by a search box (typing "tokyo" leaves Asia/Tokyo). */
export function ZonePicker(props: { value: string; onChange: (zone: string) => void; problem?: Problem | null }) {
  const tr = t.value;
  const [search, setSearch] = useState('');
  const matches = useMemo(() => {
    const words = search.toLowerCase().replace(/\s+/g, '_');
    const found = ZONES.filter((zone) => zone.toLowerCase().includes(words));
    return found.includes(props.value) || !props.value ? found : [props.value, ...found];
  }, [search, props.value]);
  return (
    <div class="zone-picker">
      <Field label={tr('zone.search')}>
        {(aria) => (
          <input
            {...aria}
            type="search"
            value={search}
            onInput={(event) => {
              const value = (event.target as HTMLInputElement).value;
              setSearch(value);
              const words = value.toLowerCase().replace(/\s+/g, '_');
              const first = ZONES.find((zone) => zone.toLowerCase().includes(words));
              if (value && first) props.onChange(first);
            }}
          />
        )}
      </Field>
      <Field label={tr('zone.zone')} name="timezone" problem={props.problem}>
        {(aria) => (
          <select
            {...aria}
            value={props.value}
            onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
          >
            {matches.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
