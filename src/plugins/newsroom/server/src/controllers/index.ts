import article from './article';
import board from './board';
import channel from './channel';
import schedule from './schedule';
import series from './series';
import seriesAdmin from './series-admin';
import views from './views';

export default { series, seriesAdmin, article, channel, ...views, ...schedule, ...board };
