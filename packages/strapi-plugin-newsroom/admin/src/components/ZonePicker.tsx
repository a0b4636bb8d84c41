import * as React from 'react';
import { Combobox, ComboboxOption, Field } from '@strapi/design-system';
import { useT } from '../i18n';

const ZONES: string[] = (() => {
  try {
    return [...(Intl as any).supportedValuesOf('timeZone'), 'UTC'];
  } catch {
    return ['UTC'];
  }
})();

/** A searchable IANA zone picker ("Berl…" finds Europe/Berlin); the newsroom's zone is the default. */
export function ZonePicker({
  value,
  onChange,
  newsroomZone,
  size = 'S',
}: {
  value: string;
  onChange: (zone: string) => void;
  newsroomZone: string;
  size?: 'S' | 'M';
}) {
  const t = useT();
  // The text in the box is kept apart from the value, so typing filters and a pick shows its name.
  const [text, setText] = React.useState(value);
  const pick = (zone: string) => {
    onChange(zone);
    setText(zone);
  };
  return (
    <Field.Root name="newsroom-zone" hint={value === newsroomZone ? t('zone.newsroom') : undefined}>
      <Field.Label>{t('schedule.zoneLabel')}</Field.Label>
      <Combobox
        size={size}
        value={value}
        textValue={text}
        onTextValueChange={setText}
        autocomplete={{ type: 'list', filter: 'contains' }}
        noOptionsMessage={() => t('zone.none')}
        onChange={(next?: string) => next && pick(next)}
        onClear={() => pick(newsroomZone)}
        clearLabel={t('zone.reset')}
      >
        {ZONES.map((zone) => (
          <ComboboxOption key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
    </Field.Root>
  );
}
