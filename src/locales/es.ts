import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Spanish. `many` is the form for round millions ("1 millón de datos");
 * written in digits, those counts read like `other`.
 */
const es: Translation = {
  sources: { one: 'Fuente', many: 'Fuentes', other: 'Fuentes' },
  updated: 'Actualizado el {date}',
  postBy: 'Publicación de {name}',
  skipPost: 'Saltar la publicación de {name}',
  endOfPost: 'Fin de la publicación de {name}',
  viewOn: 'Ver en {platform}',
  media: 'Foto o vídeo, en {platform}',
  loadOriginal: 'Cargar la publicación original',
  loadOriginalNotice:
    'Al cargar la publicación original, su dirección IP y los datos de su navegador se envían a {platform}, que puede instalar cookies y rastrearle.',
  demand: 'Exigencia',
  response: 'Respuesta',
  status: 'Estado',
  note: 'Nota',
  statusRejected: 'Rechazada',
  statusAccepted: 'Aceptada',
  statusPartial: 'Aceptada en parte',
  statusOpen: 'Abierto a negociar',
  statusPending: 'Sin respuesta',
  statusUnknown: 'Incierto',
  countRejected: { one: '{count} rechazada', many: '{count} rechazadas', other: '{count} rechazadas' },
  countAccepted: { one: '{count} aceptada', many: '{count} aceptadas', other: '{count} aceptadas' },
  countPartial: { one: '{count} aceptada en parte', many: '{count} aceptadas en parte', other: '{count} aceptadas en parte' },
  countOpen: { one: '{count} abierta a negociar', many: '{count} abiertas a negociar', other: '{count} abiertas a negociar' },
  countPending: '{count} sin respuesta',
  countUnknown: { one: '{count} incierta', many: '{count} inciertas', other: '{count} inciertas' },
  filterLabel: 'Filtrar por resultado',
  filterAll: 'Todas',
  showingRows: { one: '{count} de {total} exigencias', many: '{count} de {total} exigencias', other: '{count} de {total} exigencias' },
  noRows: 'Ninguna exigencia tiene este resultado.',
  keyFacts: 'Datos clave',
  showAll: { one: 'Mostrar {count} dato', many: 'Mostrar los {count} datos', other: 'Mostrar los {count} datos' },
  showFewer: 'Mostrar menos',
  nthOf: '{index} de {total}',
};

defineLocale('es', es);
export default es;
