import { Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useNextPartQuery } from '../api';
import { useT } from '../i18n';

/** The series picked in the unsaved form (the Content Manager keeps relations as connect/disconnect lists). */
function pickedSeries(value: any): string | null {
  const connected = value?.connect?.[0];
  return connected?.documentId ?? null;
}

/**
 * The panel on the create screen: what the first save brings, and for a part
 * the number it will get (the next after every part of the series), with a
 * button that puts it into the form.
 */
export function CreateHint({ locale }: { locale: string }) {
  const t = useT();
  const series = useForm('NewsroomCreateHint', (state: any) => pickedSeries(state.values?.series));
  const partNumber = useForm('NewsroomCreateHint', (state: any) => state.values?.partNumber ?? null);
  const onChange = useForm('NewsroomCreateHint', (state: any) => state.onChange);
  const { data: next } = useNextPartQuery({ seriesDocumentId: series as string, locale }, { skip: !series });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-newsroom-panel data-create-hint>
      <Typography variant="pi">{t('create.firstSave')}</Typography>
      {next ? (
        <Flex direction="column" alignItems="flex-start" gap={1} data-suggested-part={next.number}>
          <Typography variant="pi" fontWeight="bold">
            {t('create.partSuggested', {
              number: next.number,
              series: next.series.title ?? t('board.hiddenTitle'),
            })}
          </Typography>
          {next.planned && (
            <Typography variant="pi" textColor="neutral600">
              {t('panel.planned', {
                number: next.number,
                title: next.planned.workingTitle ?? next.planned.topic ?? '…',
              })}
            </Typography>
          )}
          {partNumber !== next.number && (
            <Button size="S" variant="secondary" onClick={() => onChange('partNumber', next.number)}>
              {t('create.usePart', { number: next.number })}
            </Button>
          )}
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('create.pickSeries')}
        </Typography>
      )}
    </Flex>
  );
}
