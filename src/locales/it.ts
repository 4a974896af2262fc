import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Italian. `many` is the form for round millions ("1 milione di dati");
 * written in digits, those counts read like `other`.
 */
const it: Translation = {
  sources: { one: 'Fonte', many: 'Fonti', other: 'Fonti' },
  updated: 'Aggiornato il {date}',
  postBy: 'Post di {name}',
  skipPost: 'Salta il post di {name}',
  endOfPost: 'Fine del post di {name}',
  viewOn: 'Visualizza su {platform}',
  media: 'Foto o video, su {platform}',
  loadOriginal: 'Carica il post originale',
  loadOriginalNotice:
    'Se carichi il post originale, il tuo indirizzo IP e i dati del tuo browser vengono inviati a {platform}, che può impostare cookie e tracciarti.',
  demand: 'Richiesta',
  response: 'Risposta',
  status: 'Esito',
  note: 'Nota',
  statusRejected: 'Respinta',
  statusAccepted: 'Accolta',
  statusPartial: 'Accolta in parte',
  statusOpen: 'Aperti al dialogo',
  statusPending: 'Ancora nessuna risposta',
  statusUnknown: 'Non chiaro',
  countRejected: { one: '{count} respinta', many: '{count} respinte', other: '{count} respinte' },
  countAccepted: { one: '{count} accolta', many: '{count} accolte', other: '{count} accolte' },
  countPartial: { one: '{count} accolta in parte', many: '{count} accolte in parte', other: '{count} accolte in parte' },
  countOpen: { one: '{count} aperta al dialogo', many: '{count} aperte al dialogo', other: '{count} aperte al dialogo' },
  countPending: '{count} senza risposta',
  countUnknown: { one: '{count} non chiara', many: '{count} non chiare', other: '{count} non chiare' },
  filterLabel: 'Mostra per esito',
  filterAll: 'Tutte',
  showingRows: {
    one: '{count} richiesta su {total}',
    many: '{count} richieste su {total}',
    other: '{count} richieste su {total}',
  },
  noRows: 'Nessuna richiesta ha questo esito.',
  keyFacts: 'I dati chiave',
  showAll: { one: 'Mostra {count} dato', many: 'Mostra tutti i {count} dati', other: 'Mostra tutti i {count} dati' },
  showFewer: 'Mostra meno',
  nthOf: '{index} di {total}',
};

defineLocale('it', it);
export default it;
