// Evidence that professionals know about the given topic nodes, each with the path proving it.
// Evidence kinds: AUTHORED (an insight that is the topic), CONTRIBUTES_TO (a practice or initiative
// that is the topic), HAS_EXPERTISE (a theme that is the topic), INSIGHT_ABOUT (authored an insight
// about the topic), WORKS_ON (contributes to a practice/initiative that addresses or is in the topic).
// Fan-out per topic and kind is capped at 200 paths.
// Parameters: $topics: list of {id, weight}; $visible.
// Returns scalar rows (thousands of them can come back, so no paths): professional, kind,
// weight (topic relevance), topic, via (the insight or work in between, or null), lastType (the
// type of the last relationship), firstEdge (properties of the first relationship).
UNWIND $topics AS topic
MATCH (x:Entity {id: topic.id})
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
WITH topic, pro, p, kind
WHERE coalesce(pro.visibility, 'PUBLIC') IN $visible
WITH topic, pro, kind, relationships(p) AS rels, nodes(p) AS hops
RETURN pro.id AS professional, kind, topic.weight AS weight, topic.id AS topic,
  CASE WHEN size(hops) = 3 THEN hops[1].id END AS via,
  type(last(rels)) AS lastType, properties(rels[0]) AS firstEdge
