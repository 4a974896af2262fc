import * as article from '../../stories/article.stories.js';
import { storyMatrix } from './matrix.js';

// A whole article page with its four widgets takes longer than one widget.
storyMatrix('article', article, { timeout: 60_000 });
