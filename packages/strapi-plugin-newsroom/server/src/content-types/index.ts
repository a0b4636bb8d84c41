import article from './article';
import author from './author';
import calendarFeed from './calendar-feed';
import channel from './channel';
import instance from './instance';
import outboxMessage from './outbox-message';
import scheduler from './scheduler';
import permalink from './permalink';
import sequence from './sequence';
import series from './series';
import shareLink from './share-link';
import slugRedirect from './slug-redirect';
import timeline from './timeline';

export default {
  series,
  article,
  author,
  channel,
  timeline,
  'slug-redirect': slugRedirect,
  sequence,
  permalink,
  'share-link': shareLink,
  'calendar-feed': calendarFeed,
  'outbox-message': outboxMessage,
  instance,
  ...scheduler,
};
