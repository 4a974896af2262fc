import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/** Russian. Counts of outcomes are written as "label: n", which needs no agreement. */
const ru: Translation = {
  sources: { one: 'Источник', few: 'Источники', many: 'Источники', other: 'Источники' },
  updated: 'Обновлено {date}',
  postBy: 'Публикация {name}',
  skipPost: 'Пропустить публикацию {name}',
  endOfPost: 'Конец публикации {name}',
  viewOn: 'Открыть в {platform}',
  media: 'Фото или видео в {platform}',
  loadOriginal: 'Загрузить оригинальную публикацию',
  loadOriginalNotice:
    'При загрузке оригинальной публикации ваш IP-адрес и данные браузера передаются {platform}, который может устанавливать cookie и отслеживать вас.',
  demand: 'Требование',
  response: 'Ответ',
  status: 'Статус',
  note: 'Примечание',
  statusRejected: 'Отклонено',
  statusAccepted: 'Принято',
  statusPartial: 'Принято частично',
  statusOpen: 'Готовы обсуждать',
  statusPending: 'Ответа пока нет',
  statusUnknown: 'Неясно',
  countRejected: 'отклонено: {count}',
  countAccepted: 'принято: {count}',
  countPartial: 'принято частично: {count}',
  countOpen: 'готовы обсуждать: {count}',
  countPending: 'без ответа: {count}',
  countUnknown: 'неясно: {count}',
  filterLabel: 'Фильтр по результату',
  filterAll: 'Все',
  showingRows: {
    one: 'Показано {count} из {total} требований',
    few: 'Показано {count} из {total} требований',
    many: 'Показано {count} из {total} требований',
    other: 'Показано {count} из {total} требований',
  },
  noRows: 'Нет требований с таким результатом.',
  keyFacts: 'Главные факты',
  showAll: {
    one: 'Показать все {count} факт',
    few: 'Показать все {count} факта',
    many: 'Показать все {count} фактов',
    other: 'Показать все {count} факта',
  },
  showFewer: 'Показать меньше',
  nthOf: '{index} из {total}',
};

defineLocale('ru', ru);
export default ru;
