import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/** German. */
const de: Translation = {
  sources: { one: 'Quelle', other: 'Quellen' },
  updated: 'Aktualisiert am {date}',
  postBy: 'Beitrag von {name}',
  skipPost: 'Beitrag von {name} überspringen',
  endOfPost: 'Ende des Beitrags von {name}',
  viewOn: 'Auf {platform} ansehen',
  media: 'Foto oder Video, auf {platform}',
  loadOriginal: 'Originalbeitrag laden',
  loadOriginalNotice:
    'Beim Laden des Originalbeitrags werden Ihre IP-Adresse und Browserdaten an {platform} übermittelt; dabei können Cookies gesetzt und Sie verfolgt werden.',
  demand: 'Forderung',
  response: 'Antwort',
  status: 'Stand',
  note: 'Anmerkung',
  statusRejected: 'Abgelehnt',
  statusAccepted: 'Angenommen',
  statusPartial: 'Teilweise angenommen',
  statusOpen: 'Gesprächsbereit',
  statusPending: 'Noch keine Antwort',
  statusUnknown: 'Unklar',
  countRejected: '{count} abgelehnt',
  countAccepted: '{count} angenommen',
  countPartial: '{count} teilweise angenommen',
  countOpen: '{count} gesprächsbereit',
  countPending: '{count} ohne Antwort',
  countUnknown: '{count} unklar',
  filterLabel: 'Nach Ergebnis filtern',
  filterAll: 'Alle',
  showingRows: { one: '{count} von {total} Forderungen', other: '{count} von {total} Forderungen' },
  noRows: 'Keine Forderung hat dieses Ergebnis.',
  keyFacts: 'Die wichtigsten Fakten',
  showAll: { one: '{count} Fakt zeigen', other: 'Alle {count} Fakten zeigen' },
  showFewer: 'Weniger zeigen',
  nthOf: '{index} von {total}',
};

defineLocale('de', de);
export default de;
