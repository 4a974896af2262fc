import * as demandTable from '../../stories/demand-table.stories.js';
import { storyMatrix } from './matrix.js';

storyMatrix('demand-table', demandTable);
