import article from './article';
import author from './author';
import channel from './channel';
import series from './series';
import timeline from './timeline';

export default { series, article, author, channel, timeline };
