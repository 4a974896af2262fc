import * as factBox from '../../stories/fact-box.stories.js';
import { storyMatrix } from './matrix.js';

storyMatrix('fact-box', factBox);
