/**
 * Key facts of the seed article (NATO–Russia Council, January 2022), in the
 * shape of `<nw-fact-box>`'s `data`, plus translations and example boxes.
 * The Article story uses `natoFacts`.
 */
import type { FactBoxData } from 'newsroom-widgets';

const natoCouncil = { label: 'NATO–Russia Council', url: 'https://www.nato.int/cps/en/natohq/topics_50091.htm' };

export const natoFacts: FactBoxData = {
  heading: 'Key facts: NATO, Russia and Ukraine',
  facts: [
    { value: '30', label: 'NATO allies at the table' },
    { value: '2', label: 'years since the council last met' },
    { value: '2014', label: 'Russia annexed Crimea' },
    { value: '14,000+', label: 'people killed in the fighting in eastern Ukraine' },
    { label: 'The Donbas, Ukraine’s industrial heartland, has been devastated.' },
    { label: 'All 30 allies and Russia met in Brussels, the first NATO–Russia Council in two years.' },
  ],
  sources: [natoCouncil],
  updated: '2022-01-13',
};

/** The same box as an Arabic-language newsroom would publish it (translated). */
export const natoFactsArabic: FactBoxData = {
  heading: 'حقائق رئيسية: الناتو وروسيا وأوكرانيا',
  facts: [
    { value: '30', label: 'دولة حليفة في الناتو حول الطاولة' },
    { value: '2', label: 'عدد السنوات منذ آخر اجتماع للمجلس' },
    { value: '2014', label: 'ضمّت روسيا شبه جزيرة القرم' },
    { value: '14,000+', label: 'قتيل في القتال في شرق أوكرانيا' },
    { label: 'دُمّر إقليم دونباس، القلب الصناعي لأوكرانيا.' },
    { label: 'اجتمع الحلفاء الثلاثون وروسيا في بروكسل.' },
  ],
  sources: [{ label: 'مجلس الناتو وروسيا', url: natoCouncil.url }],
  updated: '2022-01-13',
};

/** The same box in a German newsroom (translated), with a note on one figure. */
export const natoFactsGerman: FactBoxData = {
  heading: 'Die wichtigsten Fakten: NATO, Russland und die Ukraine',
  facts: [
    { value: '30', label: 'NATO-Verbündete am Tisch' },
    { value: '2', label: 'Jahre seit dem letzten Treffen des Rates' },
    { value: '2014', label: 'annektierte Russland die Krim' },
    { value: '14.000+', label: 'Tote bei den Kämpfen in der Ostukraine', note: 'Stand: Januar 2022' },
    { label: 'Der Donbas, das industrielle Herz der Ukraine, ist verwüstet.' },
    { label: 'Das Treffen fand in Brüssel statt.' },
  ],
  sources: [{ label: 'NATO-Russland-Rat', url: natoCouncil.url }],
  updated: '2022-01-13',
};

/** The seed facts for a JSON child or `data`: counts as numbers, so `Intl` formats them. */
export const natoFactsJson = {
  heading: 'Key facts: NATO, Russia and Ukraine',
  facts: [
    { label: 'NATO allies at the table', value: 30 },
    { label: 'years since the council last met', value: 2 },
    // A year is a label, not a quantity: as text it is not grouped ("2,014").
    { label: 'Russia annexed Crimea', value: '2014' },
    { label: 'people killed in the fighting in eastern Ukraine', value: 14000, note: 'More than 14,000 by January 2022' },
    { label: 'The Donbas, Ukraine’s industrial heartland, has been devastated.' },
  ],
  sources: [natoCouncil],
  updated: '2022-01-13',
};

/**
 * A long box: made-up figures for a fictional city, clearly labelled as such,
 * to show how fifteen facts collapse.
 */
export const exampleBudget: FactBoxData = {
  heading: 'Example: budget of a fictional city',
  facts: [
    { value: '€1.2bn', label: 'total spending planned for next year' },
    { value: '€412m', label: 'for schools and childcare' },
    { value: '€198m', label: 'for buses and trams' },
    { value: '35%', label: 'of spending goes on staff' },
    { value: '4,800', label: 'people work for the city' },
    { value: '12', label: 'new bus routes' },
    { value: '3', label: 'swimming pools to be renovated' },
    { value: '€64m', label: 'for parks and green spaces' },
    { value: '2.1%', label: 'more than this year' },
    { value: '0', label: 'new borrowing' },
    { label: 'The council passed the budget by 31 votes to 18.' },
    { label: 'Property tax stays at this year’s rate.' },
    { label: 'Libraries will open on Sundays from the spring.' },
    { label: 'A citizens’ panel chose 20 small neighbourhood projects.' },
    { label: 'The opposition called the transport plan underfunded.' },
  ],
  updated: '2022-01-13',
};
