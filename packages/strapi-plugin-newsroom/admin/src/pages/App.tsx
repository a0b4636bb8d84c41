import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { useSettingsQuery } from '../api';
import { useT } from '../i18n';
import { PERMISSIONS } from '../pluginId';
import { Bundles } from './Bundles';
import { Calendar } from './Calendar';
import { SeriesBoard } from './SeriesBoard';
import { Timelines } from './Timelines';

/** The tab a link opens: ?tab=calendar (the widget's link), ?tab=bundles or ?bundle=<id>, else the board. */
export function openingTab(search: URLSearchParams): string {
  const tab = search.get('tab');
  if (tab === 'calendar' || tab === 'schedule') return 'schedule';
  if (tab === 'bundles' || search.has('bundle')) return 'bundles';
  if (tab === 'timelines') return 'timelines';
  return 'board';
}

/** The Newsroom page: series board, editorial calendar, embargo bundles, timelines. */
export function App() {
  const t = useT();
  const { data: settings, isError } = useSettingsQuery();
  const zone = settings?.zone ?? (isError ? 'UTC' : null);
  // ?tab=calendar&view=week&date=2027-03-28 opens a calendar day (links from the widget and elsewhere).
  const [search] = useSearchParams();
  const { allowedActions: schedule } = useRBAC(PERMISSIONS.scheduleRead as any);
  return (
    <Page.Protect permissions={PERMISSIONS.page}>
      <Page.Main>
        <Page.Title>{t('plugin.name')}</Page.Title>
        <Layouts.Header title={t('plugin.name')} subtitle={t('page.subtitle')} />
        <Layouts.Content>
          <Tabs.Root defaultValue={openingTab(search)}>
            <Tabs.List aria-label={t('plugin.name')}>
              <Tabs.Trigger value="board">{t('tab.board')}</Tabs.Trigger>
              <Tabs.Trigger value="schedule">{t('tab.schedule')}</Tabs.Trigger>
              {schedule.canRead && <Tabs.Trigger value="bundles">{t('tab.bundles')}</Tabs.Trigger>}
              <Tabs.Trigger value="timelines">{t('tab.timelines')}</Tabs.Trigger>
            </Tabs.List>
            <Box paddingTop={4}>
              <Tabs.Content value="board">
                <SeriesBoard />
              </Tabs.Content>
              <Tabs.Content value="schedule">
                {zone && settings && <Calendar settings={settings} />}
              </Tabs.Content>
              <Tabs.Content value="bundles">
                {zone && schedule.canRead && <Bundles zone={zone} />}
              </Tabs.Content>
              <Tabs.Content value="timelines">{zone && <Timelines zone={zone} />}</Tabs.Content>
            </Box>
          </Tabs.Root>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}

export default App;
