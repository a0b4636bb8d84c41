import { useIntl } from 'react-intl';
import { PLUGIN_ID } from './pluginId';

/** Translation ids are prefixed with the plugin id, as registerTrads stores them. */
export const trad = (id: string) => `${PLUGIN_ID}.${id}`;

/** `t('board.title')`, with values; the English text is the fallback. */
export function useT() {
  const { formatMessage } = useIntl();
  return (id: string, values?: Record<string, string | number>) =>
    formatMessage({ id: trad(id), defaultMessage: id }, values);
}

/** A UTC instant as the newsroom sees it: "Thu 14 Jan 2027, 16:49" in `zone`. */
export function formatInZone(iso: string, zone: string, locale: string, withDate = true): string {
  const options: Intl.DateTimeFormatOptions = withDate
    ? {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: zone,
      }
    : { hour: '2-digit', minute: '2-digit', timeZone: zone };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

/** The calendar day of an instant in `zone`, "2027-01-14". */
export function dayInZone(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}
