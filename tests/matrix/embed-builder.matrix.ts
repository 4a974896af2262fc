import * as embedBuilder from '../../stories/embed-builder.stories.js';
import { storyMatrix } from './matrix.js';

storyMatrix('embed-builder', embedBuilder);
