// The views that look beyond the alliance's own memory: suggested answers to its open questions,
// alliances that share its bottlenecks, and who can help with the bottlenecks it still faces.
import { empty, h, safeLink, tag } from './dom.js';
import type { Texts } from './texts.js';
import { type Alliance, type Named, type QuestionRow, type Rendered, type ViewData } from './views.js';

interface Reason {
  text: string;
}
interface Person {
  professional: Named & { headline: string | null };
  reasons: Reason[];
}
interface PracticeAnswer {
  practice: { id: string; title: string; url: string | null };
  contacts?: Named[];
  reasons: Reason[];
}
export interface SuggestedAnswer {
  people: Person[];
  practices: PracticeAnswer[];
  insights: { insight: { id: string; kind: string; text: string }; reasons: Reason[] }[];
}
export interface AllianceOverlap {
  alliance: Named & {
    url: string | null;
    insights: { id: string; kind: string; text: string; createdAt: string }[];
  };
  sharedBottlenecks: { id: string; title: string }[];
  reasons: Reason[];
}
export interface BottleneckHelp {
  whoKnows: Person[];
  practicesForBottleneck: PracticeAnswer[];
}

/** Open questions at most asked for suggested answers, bottlenecks at most asked for help. */
export const ANSWERED_QUESTIONS = 4;
export const HELPED_BOTTLENECKS = 4;
const INSIGHTS_PER_ALLIANCE = 3;

/** The open questions of the alliance and of its werkplaatsen, each with who asks it. */
export function openQuestions(a: Alliance): (QuestionRow & { askedBy: string })[] {
  const asked = [
    ...(a.questions ?? []).map((q) => ({ ...q, askedBy: a.name })),
    ...(a.initiatives ?? []).flatMap((i) => i.questions.map((q) => ({ ...q, askedBy: i.name }))),
  ];
  const seen = new Set<string>();
  return asked
    .filter((q) => q.status === 'OPEN' && !seen.has(q.id) && seen.add(q.id))
    .sort((x, y) => (y.askedOn ?? '').localeCompare(x.askedOn ?? ''));
}

const reason = (reasons: Reason[]) => (reasons[0] ? h('p', { class: 'meta' }, reasons[0].text) : null);

function titled(title: string, items: Node[]) {
  return items.length
    ? h('section', { 'aria-label': title }, h('h4', null, title), h('ul', null, items))
    : null;
}

function people(title: string, list: Person[]) {
  return titled(
    title,
    list.map((p) =>
      h(
        'li',
        null,
        h('strong', null, p.professional.name),
        p.professional.headline ? h('span', { class: 'meta' }, ` · ${p.professional.headline}`) : null,
        reason(p.reasons),
      ),
    ),
  );
}

function practiceList(title: string, list: PracticeAnswer[], t: Texts) {
  return titled(
    title,
    list.map((p) =>
      h(
        'li',
        null,
        safeLink(p.practice.url, p.practice.title),
        p.contacts?.length ? h('p', { class: 'meta' }, t.contacts(p.contacts.map((c) => c.name))) : null,
        p.contacts?.length ? null : reason(p.reasons),
      ),
    ),
  );
}

export function questions(a: Alliance, data: ViewData, t: Texts): Rendered {
  const open = openQuestions(a);
  return {
    heading: t.heading.questions(a.name),
    body: open.length
      ? h(
          'ul',
          null,
          open.map((q) => {
            const answer = data.answers?.[q.id];
            const suggestions = answer
              ? [
                  people(t.whoKnows, answer.people),
                  practiceList(t.practicesTitle, answer.practices, t),
                  titled(
                    t.insightsTitle,
                    answer.insights.map((i) =>
                      h('li', null, tag(t.insightKind[i.insight.kind]), i.insight.text),
                    ),
                  ),
                ].filter(Boolean)
              : [];
            return h(
              'li',
              null,
              h('h3', null, q.text),
              h('p', { class: 'meta' }, t.askedBy(q.askedBy)),
              answer && !suggestions.length ? empty(t.noSuggestions) : suggestions,
            );
          }),
        )
      : empty(t.none.questions),
  };
}

export function similarAlliances(a: Alliance, data: ViewData, t: Texts): Rendered {
  const overlaps = data.alliancesSharingBottlenecks ?? [];
  return {
    heading: t.heading.similar(a.name),
    body: overlaps.length
      ? h(
          'ul',
          null,
          overlaps.map((o) => {
            const learned = [...o.alliance.insights]
              .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
              .slice(0, INSIGHTS_PER_ALLIANCE);
            return h(
              'li',
              null,
              h('h3', null, safeLink(o.alliance.url, o.alliance.name)),
              o.sharedBottlenecks.length
                ? h(
                    'p',
                    { class: 'meta' },
                    t.sharedBottlenecks,
                    o.sharedBottlenecks.map((b) => b.title).join('; '),
                  )
                : reason(o.reasons),
              titled(
                t.theyLearned,
                learned.map((i) => h('li', null, tag(t.insightKind[i.kind]), i.text)),
              ),
            );
          }),
        )
      : empty(t.none.similar),
  };
}

export function help(a: Alliance, data: ViewData, t: Texts): Rendered {
  const open = a.bottlenecks ?? [];
  const shown = open.slice(0, HELPED_BOTTLENECKS);
  return {
    heading: t.heading.help(a.name),
    body: open.length
      ? h(
          'div',
          null,
          h(
            'ul',
            null,
            shown.map((b) => {
              const found = data.help?.[b.id];
              const parts = found
                ? [
                    people(t.whoKnows, found.whoKnows),
                    practiceList(t.practicesTitle, found.practicesForBottleneck, t),
                  ].filter(Boolean)
                : [];
              return h('li', null, h('h3', null, b.title), parts.length ? parts : empty(t.noSuggestions));
            }),
          ),
          open.length > shown.length ? empty(t.moreBottlenecks(open.length - shown.length)) : null,
        )
      : empty(t.none.help),
  };
}
