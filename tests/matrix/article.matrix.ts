import * as article from '../../stories/article.stories.js';
import { storyMatrix } from './matrix.js';

storyMatrix("article", article, { timeout: 60_000 });
