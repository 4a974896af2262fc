import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Portuguese, in wording readers in Brazil and Portugal both take as
 * natural: where the two differ, a word they share ("dados", not
 * "fatos"/"factos"). `many` is the form for round millions ("1 milhão de
 * dados"); written in digits, those counts read like `other`.
 */
const pt: Translation = {
  sources: { one: 'Fonte', many: 'Fontes', other: 'Fontes' },
  updated: 'Atualizado em {date}',
  postBy: 'Publicação de {name}',
  skipPost: 'Saltar a publicação de {name}',
  endOfPost: 'Fim da publicação de {name}',
  viewOn: 'Ver em {platform}',
  media: 'Foto ou vídeo, em {platform}',
  loadOriginal: 'Carregar a publicação original',
  loadOriginalNotice:
    'Ao carregar a publicação original, o seu endereço IP e os dados do seu navegador são enviados para {platform}, que pode instalar cookies e rastrear a sua atividade.',
  demand: 'Exigência',
  response: 'Resposta',
  status: 'Situação',
  note: 'Nota',
  statusRejected: 'Rejeitada',
  statusAccepted: 'Aceita',
  statusPartial: 'Aceita em parte',
  statusOpen: 'Aberto ao diálogo',
  statusPending: 'Ainda sem resposta',
  statusUnknown: 'Indefinida',
  countRejected: { one: '{count} rejeitada', many: '{count} rejeitadas', other: '{count} rejeitadas' },
  countAccepted: { one: '{count} aceita', many: '{count} aceitas', other: '{count} aceitas' },
  countPartial: { one: '{count} aceita em parte', many: '{count} aceitas em parte', other: '{count} aceitas em parte' },
  countOpen: { one: '{count} aberta ao diálogo', many: '{count} abertas ao diálogo', other: '{count} abertas ao diálogo' },
  countPending: '{count} sem resposta',
  countUnknown: { one: '{count} indefinida', many: '{count} indefinidas', other: '{count} indefinidas' },
  filterLabel: 'Filtrar por resultado',
  filterAll: 'Todas',
  showingRows: {
    one: '{count} de {total} exigências',
    many: '{count} de {total} exigências',
    other: '{count} de {total} exigências',
  },
  noRows: 'Nenhuma exigência tem este resultado.',
  keyFacts: 'Dados principais',
  showAll: { one: 'Mostrar {count} dado', many: 'Mostrar todos os {count} dados', other: 'Mostrar todos os {count} dados' },
  showFewer: 'Mostrar menos',
  nthOf: '{index} de {total}',
};

defineLocale('pt', pt);
export default pt;
