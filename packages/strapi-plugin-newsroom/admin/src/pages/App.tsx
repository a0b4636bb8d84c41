import * as React from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useNewsroomApi } from '../api';
import { useT } from '../i18n';
import { PERMISSIONS } from '../pluginId';
import { ScheduleCalendar } from './ScheduleCalendar';
import { SeriesBoard } from './SeriesBoard';
import { Timelines } from './Timelines';

/** The Newsroom page: series board, schedule calendar, timelines. */
export function App() {
  const t = useT();
  const api = useNewsroomApi();
  const [zone, setZone] = React.useState<string | null>(null);
  React.useEffect(() => {
    api.settings().then(
      (s) => setZone(s.zone),
      () => setZone('UTC'),
    );
  }, []);
  return (
    <Page.Protect permissions={PERMISSIONS.page}>
      <Page.Main>
        <Page.Title>{t('plugin.name')}</Page.Title>
        <Layouts.Header title={t('plugin.name')} subtitle={t('page.subtitle')} />
        <Layouts.Content>
          <Tabs.Root defaultValue="board">
            <Tabs.List aria-label={t('plugin.name')}>
              <Tabs.Trigger value="board">{t('tab.board')}</Tabs.Trigger>
              <Tabs.Trigger value="schedule">{t('tab.schedule')}</Tabs.Trigger>
              <Tabs.Trigger value="timelines">{t('tab.timelines')}</Tabs.Trigger>
            </Tabs.List>
            <Box paddingTop={4}>
              <Tabs.Content value="board">
                <SeriesBoard />
              </Tabs.Content>
              <Tabs.Content value="schedule">{zone && <ScheduleCalendar zone={zone} />}</Tabs.Content>
              <Tabs.Content value="timelines">{zone && <Timelines zone={zone} />}</Tabs.Content>
            </Box>
          </Tabs.Root>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}

export default App;
