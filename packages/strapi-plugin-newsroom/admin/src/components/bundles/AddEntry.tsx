import * as React from 'react';
import {
  Button,
  Combobox,
  ComboboxOption,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import {
  type DocumentHit,
  useAddBundleEntriesMutation,
  useContentTypesQuery,
  useDocumentSearchQuery,
  useLocalesQuery,
  useMainFieldsQuery,
} from '../../api';
import { useT } from '../../i18n';
import { ARTICLE_UID } from '../../pluginId';
import { useAttempt } from '../useAttempt';

const ALL_LOCALES = 'all';

/** The text a hit is known by: its main field (the title), else its documentId. */
const label = (hit: DocumentHit, mainField: string) => {
  const value = hit[mainField];
  return typeof value === 'string' && value.trim() ? value : hit.documentId;
};

/** Waits until typing pauses before searching, so each key is not a request. */
function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = React.useState(value);
  React.useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Adds a document to a bundle: its type (any type with draft & publish the
 * editor may see), its locale (or every locale it has), found by its title
 * through the Content Manager's own search, and publish or unpublish.
 */
export function AddEntry({ bundleId }: { bundleId: string }) {
  const t = useT();
  const { formatMessage } = useIntl();
  const attempt = useAttempt();
  const [add, { isLoading }] = useAddBundleEntriesMutation();
  const { data: types = [] } = useContentTypesQuery();
  const { data: mainFields = {} } = useMainFieldsQuery();
  const { data: locales = [] } = useLocalesQuery();
  const publishable = types.filter(
    (type) => type.kind === 'collectionType' && type.isDisplayed && type.options?.draftAndPublish,
  );
  const [uid, setUid] = React.useState(ARTICLE_UID);
  const type = publishable.find((candidate) => candidate.uid === uid);
  const localized = Boolean(type?.pluginOptions?.i18n?.localized);
  const defaultLocale = locales.find((l) => l.isDefault)?.code ?? locales[0]?.code ?? '';
  const [locale, setLocale] = React.useState('');
  const chosenLocale = localized ? locale || defaultLocale : '';
  const [text, setText] = React.useState('');
  const [documentId, setDocumentId] = React.useState('');
  const [action, setAction] = React.useState<'publish' | 'unpublish'>('publish');
  const query = useDebounced(text);
  const searchLocale = chosenLocale === ALL_LOCALES ? defaultLocale : chosenLocale;
  const { data: hits = [], isFetching } = useDocumentSearchQuery(
    { uid, q: query, locale: searchLocale || undefined },
    { skip: !type },
  );
  const mainField = mainFields[uid] ?? 'id';

  const submit = async () => {
    const added = await attempt(async () => {
      if (!documentId) throw new Error(t('bundles.pickDocument'));
      const entry = {
        targetType: uid,
        documentId,
        action,
        ...(chosenLocale ? { locale: chosenLocale } : {}),
      };
      return add({ id: bundleId, entries: [entry] }).unwrap();
    }, t('bundles.entryAdded'));
    if (added) {
      setDocumentId('');
      setText('');
    }
  };

  return (
    <Flex gap={2} alignItems="flex-end" wrap="wrap" data-add-entry>
      <Field.Root name="entry-type" minWidth="12rem">
        <Field.Label>{t('bundles.type')}</Field.Label>
        <SingleSelect
          value={uid}
          onChange={(next: string | number) => {
            setUid(String(next));
            setDocumentId('');
            setText('');
          }}
        >
          {publishable.map((candidate) => (
            <SingleSelectOption key={candidate.uid} value={candidate.uid}>
              {formatMessage({ id: candidate.info.displayName, defaultMessage: candidate.info.displayName })}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      {localized && (
        <Field.Root name="entry-locale" minWidth="10rem">
          <Field.Label>{t('calendar.locale')}</Field.Label>
          <SingleSelect value={chosenLocale} onChange={(next: string | number) => setLocale(String(next))}>
            {locales.map((l) => (
              <SingleSelectOption key={l.code} value={l.code}>
                {l.name}
              </SingleSelectOption>
            ))}
            <SingleSelectOption value={ALL_LOCALES}>{t('bundles.allLocales')}</SingleSelectOption>
          </SingleSelect>
        </Field.Root>
      )}
      <Field.Root name="entry-document" minWidth="24rem" flex="1">
        <Field.Label>{t('bundles.document')}</Field.Label>
        <Combobox
          value={documentId}
          textValue={text}
          onTextValueChange={setText}
          onInputChange={(e: React.ChangeEvent<HTMLInputElement>) => setText(e.currentTarget.value)}
          onChange={(next?: string) => setDocumentId(next ?? '')}
          onClear={() => {
            setDocumentId('');
            setText('');
          }}
          autocomplete={{ type: 'list', filter: 'contains' }}
          placeholder={t('bundles.searchTitle')}
          loading={isFetching}
          loadingMessage={t('common.loading')}
          noOptionsMessage={() => t('bundles.noDocuments')}
        >
          {hits.map((hit) => (
            <ComboboxOption key={hit.documentId} value={hit.documentId} textValue={label(hit, mainField)}>
              {label(hit, mainField)}
              {hit.status ? ` · ${t(`documentStatus.${hit.status}`)}` : ''}
            </ComboboxOption>
          ))}
        </Combobox>
      </Field.Root>
      <Field.Root name="entry-action" minWidth="10rem">
        <Field.Label>{t('schedule.action')}</Field.Label>
        <SingleSelect
          value={action}
          onChange={(next: string | number) => setAction(next as 'publish' | 'unpublish')}
        >
          <SingleSelectOption value="publish">{t('action.publish')}</SingleSelectOption>
          <SingleSelectOption value="unpublish">{t('action.unpublish')}</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      <Button variant="secondary" onClick={submit} loading={isLoading} size="L">
        {t('bundles.addEntry')}
      </Button>
    </Flex>
  );
}
