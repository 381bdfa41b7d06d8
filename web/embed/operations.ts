// The persisted operations the embed may ask, bundled as text. Their ids are the sha256 of these
// bytes, the same the server computes from the same files (src/server/web/embed-operations.ts),
// so a changed document gets a new id and caches turn over.
import allianceChanged from './operations/alliance-changed.graphql' with { type: 'text' };
import bottleneckHelp from './operations/bottleneck-help.graphql' with { type: 'text' };
import bottlenecks from './operations/bottlenecks.graphql' with { type: 'text' };
import graph from './operations/graph.graphql' with { type: 'text' };
import help from './operations/help.graphql' with { type: 'text' };
import insights from './operations/insights.graphql' with { type: 'text' };
import members from './operations/members.graphql' with { type: 'text' };
import practices from './operations/practices.graphql' with { type: 'text' };
import questionAnswers from './operations/question-answers.graphql' with { type: 'text' };
import questions from './operations/questions.graphql' with { type: 'text' };
import similarAlliances from './operations/similar-alliances.graphql' with { type: 'text' };
import { sha256Hex } from './sha256.js';

const VIEW_DOCUMENTS = {
  insights,
  bottlenecks,
  practices,
  members,
  graph,
  questions,
  'similar-alliances': similarAlliances,
  help,
};
const DOCUMENTS = {
  ...VIEW_DOCUMENTS,
  'question-answers': questionAnswers,
  'bottleneck-help': bottleneckHelp,
  'alliance-changed': allianceChanged,
};

export type View = keyof typeof VIEW_DOCUMENTS;
export type Operation = keyof typeof DOCUMENTS;
export const VIEWS = Object.keys(VIEW_DOCUMENTS) as View[];
export const isView = (name: string): name is View => Object.hasOwn(VIEW_DOCUMENTS, name);

const ids = new Map<Operation, string>();

/** `sha256:<hex>` of the operation's document, computed once. */
export function documentId(operation: Operation): string {
  let id = ids.get(operation);
  if (!id) {
    id = `sha256:${sha256Hex(DOCUMENTS[operation])}`;
    ids.set(operation, id);
  }
  return id;
}
