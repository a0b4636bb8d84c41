import { ACTIONS, guarded } from '../permissions';

const read = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: guarded(ACTIONS.timelineRead),
});

/** Admin routes behind the Newsroom page and the edit-view panel, under /newsroom. */
export default [
  read('/board/settings', 'board.settings'),
  read('/board/series', 'board.series'),
  read('/board/articles/:documentId', 'board.article'),
  read('/board/series/:documentId/next-part', 'board.nextPart'),
  read('/board/timelines', 'board.timelines'),
  read('/board/timelines/:slug', 'board.timeline'),
];
