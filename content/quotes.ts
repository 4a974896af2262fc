/**
 * The two quotes of the seed article (NATO–Russia Council, January 2022),
 * verbatim, with what the article says about their speakers.
 */
export const sherman = {
  quote: ['[Some of Putin’s demands] are simply non-starters.'],
  speaker: 'Wendy Sherman',
  speakerRole: 'U.S. Deputy Secretary of State',
  date: '2022-01-12',
  source: 'After the NATO–Russia Council',
  cite: 'https://www.state.gov/',
};

export const grushko = {
  quote: [
    'It’s absolutely imperative to end the policy of open doors and offer Russia legally binding guarantees precluding further NATO’s expansion eastward.',
  ],
  speaker: 'Alexander Grushko',
  speakerRole: 'Deputy Foreign Minister of Russia',
  date: '2022-01-12',
  source: 'NATO–Russia Council, Brussels',
};

/** Grushko's statement as an Arabic-language newsroom would publish it (translated). */
export const grushkoArabic = {
  quote: [
    'من الضروري للغاية إنهاء سياسة الأبواب المفتوحة وتقديم ضمانات ملزمة قانونًا لروسيا تمنع توسع حلف الناتو شرقًا.',
  ],
  speaker: 'ألكسندر غروشكو',
  speakerRole: 'نائب وزير الخارجية الروسي',
  date: '2022-01-12',
  source: 'مجلس الناتو وروسيا، بروكسل',
};

/** The same statement in a German newsroom (translated). */
export const grushkoGerman = {
  quote: [
    'Es ist absolut unerlässlich, die Politik der offenen Tür zu beenden und Russland rechtlich bindende Garantien zu geben, die eine weitere Osterweiterung der NATO ausschließen.',
  ],
  speaker: 'Alexander Gruschko',
  speakerRole: 'Stellvertretender Außenminister Russlands',
  date: '2022-01-12',
  source: 'NATO-Russland-Rat, Brüssel',
};

/** Jens Stoltenberg's statement after the meeting, as he posted it, in two paragraphs. */
export const stoltenberg = {
  quote: [
    'The NATO–Russia Council had a serious exchange on Russia’s military build-up in & around Ukraine & implications for European security.',
    'NATO Allies & Russia agreed to explore a schedule of future meetings. Allies are ready to table proposals & seek constructive outcomes.',
  ],
  speaker: 'Jens Stoltenberg',
  speakerRole: 'NATO Secretary General',
  date: '2022-01-12',
  source: 'NATO–Russia Council, Brussels',
};
