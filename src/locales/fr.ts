import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * French. `many` is the form for round millions ("1 million de faits");
 * written in digits, those counts read like `other`.
 */
const fr: Translation = {
  sources: { one: 'Source', many: 'Sources', other: 'Sources' },
  updated: 'Mis à jour le {date}',
  postBy: 'Publication de {name}',
  skipPost: 'Passer la publication de {name}',
  endOfPost: 'Fin de la publication de {name}',
  viewOn: 'Voir sur {platform}',
  media: 'Photo ou vidéo, sur {platform}',
  loadOriginal: 'Charger la publication originale',
  loadOriginalNotice:
    'Charger la publication originale transmet votre adresse IP et les données de votre navigateur à {platform}, qui peut déposer des cookies et vous pister.',
  demand: 'Exigence',
  response: 'Réponse',
  status: 'Statut',
  note: 'Remarque',
  statusRejected: 'Rejetée',
  statusAccepted: 'Acceptée',
  statusPartial: 'Acceptée en partie',
  statusOpen: 'Ouvert à la discussion',
  statusPending: 'Sans réponse',
  statusUnknown: 'Incertain',
  countRejected: { one: '{count} rejetée', many: '{count} rejetées', other: '{count} rejetées' },
  countAccepted: { one: '{count} acceptée', many: '{count} acceptées', other: '{count} acceptées' },
  countPartial: { one: '{count} acceptée en partie', many: '{count} acceptées en partie', other: '{count} acceptées en partie' },
  countOpen: { one: '{count} ouverte à la discussion', many: '{count} ouvertes à la discussion', other: '{count} ouvertes à la discussion' },
  countPending: '{count} sans réponse',
  countUnknown: { one: '{count} incertaine', many: '{count} incertaines', other: '{count} incertaines' },
  filterLabel: 'Filtrer par issue',
  filterAll: 'Toutes',
  showingRows: { one: '{count} exigence sur {total}', many: '{count} exigences sur {total}', other: '{count} exigences sur {total}' },
  noRows: 'Aucune exigence n’a cette issue.',
  keyFacts: 'Les faits essentiels',
  showAll: { one: 'Afficher {count} fait', many: 'Afficher les {count} faits', other: 'Afficher les {count} faits' },
  showFewer: 'Afficher moins',
  nthOf: '{index} sur {total}',
};

defineLocale('fr', fr);
export default fr;
