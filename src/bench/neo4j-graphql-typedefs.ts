import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { EXPERT_TOPIC_HITS } from '../recommend/question/reader.js';
import type { PropertySpec } from '../domain/properties.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';

/**
 * Type definitions for @neo4j/graphql 7 over the same graph, for the benchmark only. Nodes,
 * properties and relationships are derived from the domain model (src/domain), so they cannot
 * drift from what our schema serves; private properties (email, notes) are left out, as our API
 * hides them from everyone but the person and administrators. Every relationship field is a list
 * (@neo4j/graphql 7 has no single-node relationships); KNOWS is read in both directions, as ours.
 *
 * search, whoKnows and suggestedConnections have no generated equivalent: they are @cypher fields
 * that run the same traversals and the same scoring as cypher/search/fulltext,
 * cypher/recommend/who-knows and cypher/recommend/suggested-connections. They return score, id
 * and name, but no reasons (ours can add the strongest reasons with their proof paths when a
 * query asks for them). The bench checks that both servers rank the same people.
 */

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const pascal = (type: string) => type.toLowerCase().split('_').map(capitalise).join('');

function scalarOf(spec: PropertySpec): string {
  const base = spec.type === 'stringList' ? '[String!]' : spec.type === 'int' ? 'Int' : 'String';
  return spec.required ? `${base}!` : base;
}

function propertiesType(type: RelationshipType): string | undefined {
  const properties = Object.entries(RELATIONSHIPS[type].properties);
  if (properties.length === 0) return undefined;
  const fields = properties.map(
    ([name, spec]) => `  ${name}: ${spec.type === 'stringList' ? '[String!]' : 'String'}`,
  );
  return `type ${pascal(type)}Properties @relationshipProperties {\n${fields.join('\n')}\n}`;
}

function nodeType(label: Label, unions: Map<string, string>): string {
  const spec = DOMAIN[label];
  const lines = ['  id: ID!', '  createdAt: DateTime', '  updatedAt: DateTime'];
  for (const [name, property] of Object.entries(spec.properties)) {
    if (!property.private) lines.push(`  ${name}: ${scalarOf(property)}`);
  }
  for (const [field, relation] of Object.entries(spec.relations)) {
    let target: string = relation.others[0]!;
    if (relation.others.length > 1) {
      target = `${label}${capitalise(field)}Target`;
      unions.set(target, `union ${target} = ${relation.others.join(' | ')}`);
    }
    const undirected = RELATIONSHIPS[relation.type].undirected;
    const args = [
      `type: "${relation.type}"`,
      `direction: ${relation.direction === 'IN' ? 'IN' : 'OUT'}`,
      ...(undirected ? ['queryDirection: UNDIRECTED'] : []),
      ...(propertiesType(relation.type) ? [`properties: "${pascal(relation.type)}Properties"`] : []),
    ];
    lines.push(`  ${field}: [${target}!]! @relationship(${args.join(', ')})`);
  }
  return `type ${label} @node {\n${lines.join('\n')}\n}`;
}

const ALL_VISIBLE = `['PUBLIC', 'MEMBERS', 'PRIVATE']`;

/** cypher/search/fulltext with the types and visibility of an administrator. */
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_text', $text, {limit: 500}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE NOT node:Professional OR coalesce(node.visibility, 'PUBLIC') IN ${ALL_VISIBLE}
RETURN {score: score, id: node.id, label: label} AS hit
ORDER BY score DESC, hit.id
LIMIT toInteger($first)`;

/**
 * Our whoKnows for free text: the full-text topics (EXPERT_TOPIC_HITS, weighted by score / best score), the
 * evidence of cypher/recommend/who-knows, EXPERTISE_WEIGHTS and LEVEL_BONUS, and per person the
 * n-th piece of the same kind counted 1/n.
 */
const WHO_KNOWS = `
CALL db.index.fulltext.queryNodes('entity_text', $text, {limit: 500}) YIELD node, score
WITH node, score WHERE node:Insight OR node:Practice OR node:Initiative OR node:Theme OR node:Bottleneck
WITH node, score ORDER BY score DESC, node.id LIMIT ${EXPERT_TOPIC_HITS}
WITH collect({x: node, score: score}) AS hits
UNWIND hits AS hit
WITH hit.x AS x, hit.score / hits[0].score AS topicWeight
CALL (x) {
  MATCH p = (pro:Professional)-[r:AUTHORED|CONTRIBUTES_TO|HAS_EXPERTISE]->(x)
  RETURN pro, p, type(r) AS kind LIMIT 200
  UNION
  MATCH p = (pro:Professional)-[:AUTHORED]->(:Insight)-[:ABOUT]->(x)
  RETURN pro, p, 'INSIGHT_ABOUT' AS kind LIMIT 200
  UNION
  MATCH p = (pro:Professional)-[:CONTRIBUTES_TO]->(:Practice|Initiative)-[:ADDRESSES|IN_THEME]->(x)
  RETURN pro, p, 'WORKS_ON' AS kind LIMIT 200
}
WITH pro, kind, topicWeight, relationships(p)[0].level AS level
WHERE coalesce(pro.visibility, 'PUBLIC') IN ${ALL_VISIBLE}
WITH pro, kind, topicWeight * (CASE kind WHEN 'AUTHORED' THEN 3.0 WHEN 'CONTRIBUTES_TO' THEN 3.0
  WHEN 'HAS_EXPERTISE' THEN 2.0 + CASE level WHEN 'EXPERT' THEN 1.0 WHEN 'ADVANCED' THEN 0.5 ELSE 0.0 END
  WHEN 'INSIGHT_ABOUT' THEN 2.0 WHEN 'WORKS_ON' THEN 1.5 ELSE 1.0 END) AS weight
ORDER BY weight DESC
WITH pro, kind, collect(weight) AS weights
WITH pro, sum(reduce(s = 0.0, i IN range(0, size(weights) - 1) | s + weights[i] / (i + 1))) AS score
RETURN {score: round(score, 3), id: pro.id, name: pro.name} AS match
ORDER BY match.score DESC, match.id
LIMIT toInteger($first)`;

const SHARED = 'MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN';
const PROFILE = (p: string) => `
  COLLECT { MATCH (${p})-[:WORKS_AT]->(o:Organization) RETURN DISTINCT o.sector } AS ${p}Sectors,
  COLLECT { MATCH (${p})-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r.id } AS ${p}Regions,
  COLLECT { MATCH (${p})-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a.id } AS ${p}Alliances`;
const DIFFERS = (a: string, b: string) =>
  `(size(${a}) > 0 AND size(${b}) > 0 AND none(v IN ${a} WHERE v IN ${b}))`;

/**
 * The candidates and evidence of cypher/recommend/suggested-connections (same caps, same
 * exclusions), weighted by CONNECTION_WEIGHTS and rarity 1 / ln(2 + degree), summed with
 * diminishing returns and raised by the bridging bonus, as cypher/recommend/suggested-connections does.
 */
const SUGGESTED_CONNECTIONS = `
MATCH (me:Professional {id: $professionalId})
WITH me, ${PROFILE('me')}
CALL (me) {
  MATCH (me)-[:${SHARED}]->(c)
  WITH me, c, COUNT { (c)--() } AS degree
  WHERE degree <= 5000
  CALL (me, c) {
    MATCH p = (me)-[:${SHARED}]->(c)<-[:${SHARED}]-(other:Professional)
    RETURN other, p ORDER BY other.id LIMIT 200
  }
  RETURN other, p, 'SHARED_' + toUpper([l IN labels(c) WHERE l <> 'Entity'][0]) AS kind, degree
  UNION
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)-[:RAISED_BY]->(other:Professional)
  RETURN other, p, 'SHARED_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  ORDER BY other.id LIMIT 500
  UNION
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)<-[:ADDRESSES]-(:Practice)<-[:CONTRIBUTES_TO]-(other:Professional)
  RETURN other, p, 'ADDRESSES_YOUR_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  ORDER BY other.id LIMIT 500
  UNION
  MATCH (me)-[:KNOWS]-(friend:Professional)
  WITH me, friend, COUNT { (friend)-[:KNOWS]-() } AS degree
  WHERE degree <= 5000
  CALL (me, friend) {
    MATCH p = (me)-[:KNOWS]-(friend)-[:KNOWS]-(other:Professional)
    RETURN other, p ORDER BY other.id LIMIT 200
  }
  RETURN other, p, 'FRIEND_OF_FRIEND' AS kind, degree
}
WITH me, meSectors, meRegions, meAlliances, other, p, kind, degree
WHERE other <> me
  AND NOT (me)-[:KNOWS]-(other)
  AND coalesce(other.visibility, 'PUBLIC') IN ${ALL_VISIBLE}
  AND all(n IN nodes(p) WHERE NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN ${ALL_VISIBLE})
WITH meSectors, meRegions, meAlliances, other, kind,
  CASE kind WHEN 'ADDRESSES_YOUR_BOTTLENECK' THEN 3.0 WHEN 'SHARED_BOTTLENECK' THEN 2.0
    WHEN 'SHARED_PRACTICE' THEN 1.5 WHEN 'SHARED_INITIATIVE' THEN 1.5 WHEN 'SHARED_ORGANIZATION' THEN 1.0
    WHEN 'SHARED_ALLIANCE' THEN 1.0 WHEN 'FRIEND_OF_FRIEND' THEN 1.0 WHEN 'SHARED_EVENT' THEN 0.8
    WHEN 'SHARED_THEME' THEN 0.8 WHEN 'SHARED_REGION' THEN 0.1 ELSE 0.5 END / log(2 + degree) AS weight
ORDER BY weight DESC
WITH meSectors, meRegions, meAlliances, other, kind, collect(weight) AS weights
WITH meSectors, meRegions, meAlliances, other,
  sum(reduce(s = 0.0, i IN range(0, size(weights) - 1) | s + weights[i] / (i + 1))) AS base
WITH meSectors, meRegions, meAlliances, other, base, ${PROFILE('other')}
WITH other, base * (1
  + CASE WHEN ${DIFFERS('meSectors', 'otherSectors')} THEN 0.06 ELSE 0 END
  + CASE WHEN ${DIFFERS('meRegions', 'otherRegions')} THEN 0.04 ELSE 0 END
  + CASE WHEN ${DIFFERS('meAlliances', 'otherAlliances')} THEN 0.04 ELSE 0 END) AS score
RETURN {score: round(score, 3), id: other.id, name: other.name} AS match
ORDER BY match.score DESC, match.id
LIMIT toInteger($first)`;

const cypherField = (statement: string, column: string) =>
  `@cypher(statement: """${statement}\n""", columnName: "${column}")`;

const QUERIES = `
type SearchHit {
  score: Float!
  id: ID!
  label: String!
}

type ScoredProfessional {
  score: Float!
  id: ID!
  name: String!
}

type Query {
  "text is a Lucene query, escaped by the client (ours escapes server-side)."
  search(text: String!, first: Int = 20): [SearchHit!]! ${cypherField(SEARCH, 'hit')}
  whoKnows(text: String!, first: Int = 10): [ScoredProfessional!]! ${cypherField(WHO_KNOWS, 'match')}
  suggestedConnections(professionalId: ID!, first: Int = 10): [ScoredProfessional!]! ${cypherField(SUGGESTED_CONNECTIONS, 'match')}
}`;

/** The SDL to give `new Neo4jGraphQL({ typeDefs })`. */
export function neo4jGraphqlTypeDefs(): string {
  const unions = new Map<string, string>();
  const nodes = LABELS.map((label) => nodeType(label, unions));
  const properties = [...new Set(Object.keys(RELATIONSHIPS) as RelationshipType[])]
    .map(propertiesType)
    .filter((t): t is string => t !== undefined);
  return [...nodes, ...unions.values(), ...properties, QUERIES].join('\n\n');
}
