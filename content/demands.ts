/**
 * The demands and answers of the seed article (NATO–Russia Council, January
 * 2022), written in our own words and faithful to the article; their German
 * and Arabic versions; and a clearly fictional strike negotiation for the
 * long-table story.
 */
import type { DemandTableData } from 'newsroom-widgets';

export const natoRussia: DemandTableData = {
  heading: 'Russia’s demands and the NATO answer',
  demandBy: 'Russia',
  responseBy: 'NATO and the U.S.',
  rows: [
    {
      demand: 'Ukraine must never be admitted to NATO.',
      response: 'Ukraine alone has the right to decide its future security arrangements.',
      status: 'rejected',
    },
    {
      demand: 'NATO should pull its troops and missiles out of Ukraine and Eastern Europe.',
      response: 'Willing to talk about arms control and where missiles are deployed.',
      status: 'open',
    },
    {
      demand: 'End the open-door policy and give Russia legally binding guarantees against any further eastward expansion.',
      response: 'NATO’s door stays open to new members.',
      status: 'rejected',
    },
    {
      demand: 'No other new country is to be admitted to the alliance.',
      response: 'The alliance may invite any European country willing to join.',
      status: 'rejected',
      note: 'Agreeing would go against a founding principle of the alliance.',
    },
    {
      demand: 'In return, Russia offers to limit its war games and end low-level hostilities such as aircraft-buzzing incidents.',
      response: 'Ready to discuss ways to prevent military incidents between Russia and the West.',
      status: 'open',
    },
  ],
  sources: [{ label: 'NATO–Russia Council, Brussels, 12 January 2022', url: 'https://www.nato.int/' }],
  updated: '2022-01-13',
};

export const natoRussiaGerman: DemandTableData = {
  heading: 'Russlands Forderungen und die Antwort der NATO',
  demandBy: 'Russland',
  responseBy: 'NATO und USA',
  rows: [
    { demand: 'Die Ukraine darf nie NATO-Mitglied werden.', response: 'Die Ukraine entscheidet selbst über ihre Sicherheit.', status: 'rejected' },
    {
      demand: 'Die NATO soll Truppen und Raketen aus der Ukraine und Osteuropa abziehen.',
      response: 'Bereit, über Rüstungskontrolle und die Stationierung von Raketen zu sprechen.',
      status: 'open',
    },
    {
      demand: 'Ende der Politik der offenen Tür und rechtlich bindende Garantien gegen eine Osterweiterung.',
      response: 'Die Tür bleibt für neue Mitglieder offen.',
      status: 'rejected',
    },
    { demand: 'Kein weiteres Land wird in das Bündnis aufgenommen.', response: 'Das Bündnis kann jedes europäische Land einladen.', status: 'rejected' },
    {
      demand: 'Im Gegenzug: weniger Manöver und ein Ende von Zwischenfällen wie Tiefflügen an Flugzeugen.',
      response: 'Bereit, über Wege zur Vermeidung militärischer Zwischenfälle zu reden.',
      status: 'open',
    },
  ],
  sources: [{ label: 'NATO-Russland-Rat, Brüssel', url: 'https://www.nato.int/' }],
  updated: '2022-01-13',
};

export const natoRussiaArabic: DemandTableData = {
  heading: 'مطالب روسيا ورد حلف الناتو',
  demandBy: 'روسيا',
  responseBy: 'الناتو والولايات المتحدة',
  rows: [
    { demand: 'ألا تنضم أوكرانيا إلى حلف الناتو أبدًا.', response: 'لأوكرانيا وحدها حق تقرير ترتيباتها الأمنية.', status: 'rejected' },
    {
      demand: 'أن يسحب الناتو قواته وصواريخه من أوكرانيا وأوروبا الشرقية.',
      response: 'مستعدون لبحث الحد من التسلح ونشر الصواريخ.',
      status: 'open',
    },
    {
      demand: 'إنهاء سياسة الأبواب المفتوحة وتقديم ضمانات ملزمة قانونًا ضد التوسع شرقًا.',
      response: 'باب الحلف يبقى مفتوحًا أمام أعضاء جدد.',
      status: 'rejected',
    },
    { demand: 'عدم قبول أي دولة جديدة في الحلف.', response: 'يحق للحلف دعوة أي دولة أوروبية راغبة في الانضمام.', status: 'rejected' },
    {
      demand: 'في المقابل تحد روسيا من مناوراتها وتنهي الاحتكاكات الجوية.',
      response: 'مستعدون لبحث سبل منع الحوادث العسكرية.',
      status: 'open',
    },
  ],
  sources: [{ label: 'مجلس الناتو وروسيا، بروكسل', url: 'https://www.nato.int/' }],
  updated: '2022-01-13',
};

const TOPICS = [
  'Base pay', 'Night-shift bonus', 'Overtime rate', 'Weekend staffing', 'Holiday allowance', 'Sick-pay waiting days',
  'Pension contribution', 'Training budget', 'Safety equipment', 'Break rooms', 'Parking fees', 'Meal vouchers',
  'Remote work', 'Rota notice', 'Agency staff', 'Apprentice pay', 'Uniform cleaning', 'Travel time',
  'Childcare support', 'Grievance procedure',
];
const ANSWERS: Array<[string, DemandTableData['rows'][number]['status']]> = [
  ['Turned down by management.', 'rejected'],
  ['Agreed in full.', 'accepted'],
  ['Agreed for half the amount asked.', 'partial'],
  ['Management will talk about it next round.', 'open'],
  ['', 'pending'],
];

/** Forty rows of an invented strike negotiation (a generic depot, not a real one). */
export const strikeTalks: DemandTableData = {
  heading: 'Depot strike: the union’s demands and management’s answers (example)',
  demandBy: 'Union',
  responseBy: 'Management',
  rows: Array.from({ length: 40 }, (_, i) => {
    const [response, status] = ANSWERS[(i * 7) % ANSWERS.length]!;
    return {
      demand: `${TOPICS[i % TOPICS.length]}${i >= TOPICS.length ? ' (second phase)' : ''}: improve the current terms.`,
      response,
      status,
    };
  }),
};
