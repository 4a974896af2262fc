import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/** Ukrainian. Counts of outcomes are written as "label: n", which needs no agreement. */
const uk: Translation = {
  sources: { one: 'Джерело', few: 'Джерела', many: 'Джерела', other: 'Джерела' },
  updated: 'Оновлено {date}',
  postBy: 'Допис {name}',
  skipPost: 'Пропустити допис {name}',
  endOfPost: 'Кінець допису {name}',
  viewOn: 'Переглянути в {platform}',
  media: 'Фото або відео в {platform}',
  loadOriginal: 'Завантажити оригінальний допис',
  loadOriginalNotice:
    'Під час завантаження оригінального допису ваша IP-адреса та дані браузера передаються {platform}, який може встановлювати cookie й відстежувати вас.',
  demand: 'Вимога',
  response: 'Відповідь',
  status: 'Статус',
  note: 'Примітка',
  statusRejected: 'Відхилено',
  statusAccepted: 'Прийнято',
  statusPartial: 'Прийнято частково',
  statusOpen: 'Готові обговорювати',
  statusPending: 'Відповіді ще немає',
  statusUnknown: 'Невідомо',
  countRejected: 'відхилено: {count}',
  countAccepted: 'прийнято: {count}',
  countPartial: 'прийнято частково: {count}',
  countOpen: 'готові обговорювати: {count}',
  countPending: 'без відповіді: {count}',
  countUnknown: 'невідомо: {count}',
  filterLabel: 'Фільтр за результатом',
  filterAll: 'Усі',
  showingRows: {
    one: 'Показано {count} з {total} вимог',
    few: 'Показано {count} з {total} вимог',
    many: 'Показано {count} з {total} вимог',
    other: 'Показано {count} з {total} вимог',
  },
  noRows: 'Немає вимог із таким результатом.',
  keyFacts: 'Головні факти',
  showAll: {
    one: 'Показати всі {count} факт',
    few: 'Показати всі {count} факти',
    many: 'Показати всі {count} фактів',
    other: 'Показати всі {count} факту',
  },
  showFewer: 'Показати менше',
  nthOf: '{index} з {total}',
};

defineLocale('uk', uk);
export default uk;
