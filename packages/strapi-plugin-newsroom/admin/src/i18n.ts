import { useIntl } from 'react-intl';
import { PLUGIN_ID } from './pluginId';

/** Translation ids are prefixed with the plugin id, as registerTrads stores them. */
export const trad = (id: string) => `${PLUGIN_ID}.${id}`;

type Values = Record<string, string | number | Date | null | undefined>;

/** `t('board.title')`, with values (ICU plurals and selects through the admin's react-intl). */
export function useT() {
  const { formatMessage } = useIntl();
  return (id: string, values?: Values) => formatMessage({ id: trad(id), defaultMessage: id }, values as any);
}

/**
 * The locale for dates and times: the browser's own (en-GB: 24-hour clock,
 * day before month) when it speaks the admin's language, else the admin's
 * language. The admin's "en" alone would mean US conventions ("07:31 PM").
 */
export function formatLocale(
  adminLocale: string,
  browser: readonly string[] = navigator.languages ?? [],
): string {
  const language = adminLocale.split('-')[0];
  return browser.find((tag) => tag.split('-')[0] === language) ?? adminLocale;
}

export function useFormatLocale(): string {
  return formatLocale(useIntl().locale);
}

/** A UTC instant as the newsroom sees it: "Thu, 14 Jan 2027, 16:49" in `zone`. */
export function formatInZone(iso: string, zone: string, locale: string, withDate = true): string {
  const options: Intl.DateTimeFormatOptions = withDate
    ? {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }
    : { hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(new Date(iso));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MIDNIGHT_UTC = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;

/**
 * A value that is a calendar day, shown as a day: a bare date, or a date
 * stored as midnight UTC (release dates), is shown as that date, not shifted
 * into the zone as "01:00"; any other instant is shown as its day in `zone`.
 */
export function formatDay(value: string, zone: string, locale: string): string {
  const isDay = DATE_ONLY.test(value) || MIDNIGHT_UTC.test(value);
  const at = DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: isDay ? 'UTC' : zone }).format(
    new Date(at),
  );
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

/** A Date picked in the browser as the calendar day it shows, "2027-01-14". */
export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
