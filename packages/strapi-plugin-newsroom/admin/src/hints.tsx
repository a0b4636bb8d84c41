import { FormattedMessage } from 'react-intl';
import { EDIT_VIEWS, hintLanguages } from '../../shared/edit-views';
import { trad } from './i18n';

/**
 * Edit-view hints in the admin's language. The Content Manager stores one
 * description per field and shows it verbatim; the plugin stores the English
 * sentence (shared/edit-views.ts holds both languages) and, in
 * the Content Manager's mutate-edit-view-layout hook, swaps every hint that
 * is still its own English sentence for a translated message. A hint an
 * editor wrote in "Configure the view" is not ours and stays as written.
 */
const keyOf = (uid: string, field: string) => `hint.${uid}.${field}`;

const HINTS = EDIT_VIEWS.flatMap((view) =>
  Object.entries(view.fields)
    .filter(([, field]) => field.description)
    .map(([name, field]) => ({ key: keyOf(view.uid, name), ...hintLanguages(field.description as string) })),
);

/** The hint messages for registerTrads, per admin language (English for any other). */
export function hintMessages(locale: string): Record<string, string> {
  const german = locale.split('-')[0] === 'de';
  return Object.fromEntries(HINTS.map((hint) => [trad(hint.key), german ? hint.de : hint.en]));
}

const BY_ENGLISH = new Map(HINTS.map((hint) => [hint.en, hint.key]));

/** The permalink id, shown as read-only text: a number input would print "1,275,003" and "min. 1". */
const PERMALINK_ID = 'permalinkId';

function translateField(field: any) {
  let next = field;
  const key = typeof field?.hint === 'string' ? BY_ENGLISH.get(field.hint) : undefined;
  if (key) next = { ...next, hint: <FormattedMessage id={trad(key)} defaultMessage={field.hint} /> };
  if (field?.name === PERMALINK_ID && field?.type === 'integer' && field?.disabled) {
    next = { ...next, type: 'string', attribute: { type: 'string' } };
  }
  return next;
}

const mapRows = (rows: any[][] = []) => rows.map((row) => row.map(translateField));

/** The hook itself: { layout, query } in, the same shape out. */
export function translateEditViewHints(args: { layout: any; query: unknown }) {
  const { layout } = args;
  if (!layout?.layout) return args;
  const components = Object.fromEntries(
    Object.entries(layout.components ?? {}).map(([uid, component]: [string, any]) => [
      uid,
      { ...component, layout: mapRows(component.layout) },
    ]),
  );
  return {
    ...args,
    layout: { ...layout, layout: layout.layout.map((panel: any[][]) => mapRows(panel)), components },
  };
}
