import * as tweetEmbed from '../../stories/tweet-embed.stories.js';
import { storyMatrix } from './matrix.js';

storyMatrix('tweet-embed', tweetEmbed);
