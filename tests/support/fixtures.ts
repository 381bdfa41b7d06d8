/** A valid create input per label, with the fields that prove a round trip. */
export const VALID_INPUT: Record<string, Record<string, unknown>> = {
  Professional: {
    name: 'Fenna Bakker',
    headline: 'Procesbegeleider',
    languages: ['nl', 'en'],
    email: 'fenna@example.nl',
  },
  Organization: { name: 'Gemeente Zwolle', sector: 'GOVERNMENT' },
  Alliance: { name: 'Alliantie Inclusie', level: 'NATIONAL', description: 'Samen werken aan inclusie' },
  Theme: { name: 'inclusie' },
  Practice: { title: 'Taalcafé', kind: 'METHOD', stage: 'PROVEN' },
  Initiative: { name: 'Doetank Wijkkracht', kind: 'DO_TANK', question: 'Hoe houden we jonge ambtenaren?' },
  Insight: { text: 'Begin klein en vier successen.', kind: 'WORKING_ELEMENT' },
  Bottleneck: { title: 'Versnipperde financiering' },
  Event: { name: 'Kenniscafé Zwolle', date: '2026-03-12', kind: 'CAFE', place: 'Zwolle' },
  Region: { name: 'Overijssel', level: 'PROVINCE' },
  Question: { text: 'Hoe houden we vrijwilligers vast?', status: 'OPEN', askedOn: '2026-05-01' },
  ConditionCheck: { condition: 'SAFE_SPACE', score: 4, checkedOn: '2026-03-01', note: 'open gesprek' },
  Commitment: { text: 'Verslag delen met de werkplaats', dueOn: '2026-04-15', status: 'OPEN' },
};

/** The property each label is named by (used in read-back assertions). */
export const TITLE: Record<string, string> = {
  Professional: 'name',
  Organization: 'name',
  Alliance: 'name',
  Theme: 'name',
  Practice: 'title',
  Initiative: 'name',
  Insight: 'text',
  Bottleneck: 'title',
  Event: 'name',
  Region: 'name',
  Question: 'text',
  ConditionCheck: 'note',
  Commitment: 'text',
};
