import * as quoteCard from '../../stories/quote-card.stories.js';
import { storyMatrix } from './matrix.js';

storyMatrix('quote-card', quoteCard);
