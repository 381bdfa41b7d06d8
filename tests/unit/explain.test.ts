import { explain } from '../../src/recommend/matches.js';
import type { PathRow } from '../../src/recommend/paths.js';
import { node } from '../support/reason-check.js';

const me = node('Professional', 'p-me', { name: 'Marieke' });
const other = node('Professional', 'p-other', { name: 'Ahmed' });
const initiative = node('Initiative', 'i-1', { name: 'Expertgroep Lokale Aanpakken' });
const theme = node('Theme', 't-1', { name: 'Inclusie' });
const through = (middle: typeof initiative, type: string): PathRow => ({
  nodes: [me, middle, other],
  edges: [
    { type, from: me.id, to: middle.id, properties: null },
    { type, from: other.id, to: middle.id, properties: null },
  ],
});

it('says a reason once when two pieces of evidence read the same, keeping the strongest', () => {
  const [match] = explain(
    [
      {
        id: other.id,
        score: 3,
        evidence: [
          {
            target: other.id,
            kind: 'SHARED_INITIATIVE',
            weight: 1.5,
            path: through(initiative, 'CONTRIBUTES_TO'),
          },
          {
            target: other.id,
            kind: 'SHARED_INITIATIVE',
            weight: 1.0,
            path: through(initiative, 'MEMBER_OF'),
          },
          { target: other.id, kind: 'SHARED_THEME', weight: 0.5, path: through(theme, 'HAS_EXPERTISE') },
        ],
      },
    ],
    'NL',
  );
  const texts = match!.reasons.map((r) => r.text);
  expect(new Set(texts).size).toBe(texts.length);
  expect(match!.reasons).toHaveLength(2);
  expect(match!.reasons[0]!.weight).toBe(1.5);
  expect(match!.reasons[0]!.path.edges[0]!.type).toBe('CONTRIBUTES_TO');
});
