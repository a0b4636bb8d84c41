import article from './article';
import board from './board';
import calendar from './calendar';
import channelArticles from './channel-articles';
import editing from './editing';
import openapi from './openapi';
import previews from './previews';
import bundles from './bundles';
import schedule from './schedule';
import series from './series';
import seriesAdmin from './series-admin';
import views from './views';

export default {
  series,
  seriesAdmin,
  article,
  channelArticles,
  openapi,
  ...views,
  ...schedule,
  ...bundles,
  ...board,
  ...editing,
  ...calendar,
  ...previews,
};
