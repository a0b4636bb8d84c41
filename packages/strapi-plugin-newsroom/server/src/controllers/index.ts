import article from './article';
import board from './board';
import channelArticles from './channel-articles';
import editing from './editing';
import schedule from './schedule';
import series from './series';
import seriesAdmin from './series-admin';
import views from './views';

export default { series, seriesAdmin, article, channelArticles, ...views, ...schedule, ...board, ...editing };
