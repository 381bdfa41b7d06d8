import { isEnglish } from '../../src/server/app.js';

const asked = (acceptLanguage?: string) =>
  isEnglish(
    new Request('http://brein.test/graphql', {
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    }),
  );

// Answers are in English when the client prefers English to Dutch, by order and q-values.
it.each([
  [undefined, false],
  ['en', true],
  ['en-GB,en;q=0.9', true],
  ['en-US', true],
  ['nl-NL,nl;q=0.9,en;q=0.8', false],
  ['en-US;q=0.5, nl;q=1.0', false],
  ['nl;q=0.4, en;q=0.6', true],
  ['fr', false],
  ['fr, en;q=0.5', true],
  ['*', false],
])('Accept-Language %s: English %s', (header, english) => {
  expect(asked(header)).toBe(english);
});
