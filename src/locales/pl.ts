import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Polish. A noun after a number takes one form after 1 (`one`), another after
 * 2-4, 22-24, … (`few`), the genitive plural after 5-21, 25-31, … (`many`)
 * and the genitive singular after a fraction (`other`). Names and platforms
 * stay undeclined: "wpis użytkownika {name}", "w serwisie {platform}".
 */
const pl: Translation = {
  sources: { one: 'Źródło', few: 'Źródła', many: 'Źródła', other: 'Źródła' },
  updated: 'Zaktualizowano {date}',
  postBy: 'Wpis użytkownika {name}',
  skipPost: 'Pomiń wpis użytkownika {name}',
  endOfPost: 'Koniec wpisu użytkownika {name}',
  viewOn: 'Zobacz w serwisie {platform}',
  media: 'Zdjęcie lub wideo w serwisie {platform}',
  loadOriginal: 'Wczytaj oryginalny wpis',
  loadOriginalNotice:
    'Wczytanie oryginalnego wpisu przekazuje Twój adres IP i dane przeglądarki serwisowi {platform}, który może zapisywać pliki cookie i Cię śledzić.',
  demand: 'Żądanie',
  response: 'Odpowiedź',
  status: 'Status',
  note: 'Uwaga',
  statusRejected: 'Odrzucone',
  statusAccepted: 'Przyjęte',
  statusPartial: 'Przyjęte częściowo',
  statusOpen: 'Gotowość do rozmów',
  statusPending: 'Brak odpowiedzi',
  statusUnknown: 'Niejasne',
  countRejected: 'odrzucone: {count}',
  countAccepted: 'przyjęte: {count}',
  countPartial: 'przyjęte częściowo: {count}',
  countOpen: 'gotowość do rozmów: {count}',
  countPending: 'bez odpowiedzi: {count}',
  countUnknown: 'niejasne: {count}',
  filterLabel: 'Pokaż według wyniku',
  filterAll: 'Wszystkie',
  showingRows: {
    one: 'Widoczne żądania: {count} z {total}',
    few: 'Widoczne żądania: {count} z {total}',
    many: 'Widoczne żądania: {count} z {total}',
    other: 'Widoczne żądania: {count} z {total}',
  },
  noRows: 'Żadne żądanie nie ma takiego wyniku.',
  keyFacts: 'Najważniejsze fakty',
  showAll: {
    one: 'Pokaż {count} fakt',
    few: 'Pokaż wszystkie {count} fakty',
    many: 'Pokaż wszystkie {count} faktów',
    other: 'Pokaż wszystkie {count} faktu',
  },
  showFewer: 'Pokaż mniej',
  nthOf: '{index} z {total}',
};

defineLocale('pl', pl);
export default pl;
