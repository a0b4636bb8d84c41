import article from './article';
import channel from './channel';
import series from './series';

export default { series, article, channel };
