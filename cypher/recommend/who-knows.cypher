// @template Fields
// Professionals who know about a topic, best first, scored here so that only the matches leave
// the database. Topic nodes: $topics (ids with weight 1) and, when $query is not null, the best
// $topicHits hits of the knowledge index among $topicLabels (not the ids in $excludeIds: the asker
// and its own texts), weighted by score / best score, those below $minRelative of the best left out.
// Evidence per professional and topic node: AUTHORED (an insight that is the topic),
// CONTRIBUTES_TO (a practice or initiative that is the topic), HAS_EXPERTISE (a theme that is the
// topic), INSIGHT_ABOUT (authored an insight about the topic), WORKS_ON (contributes to a
// practice/initiative that addresses or is in the topic), PROFILE (the person's own profile is
// the hit); at most 200 paths per topic and pattern. ROLE: a current membership (no `until` in
// the past) of an alliance or werkplaats with a role in $roles (the question asks for a
// procesbegeleider, say), topic weight $roleWeight.
// Filters: not in $excludeIds; with $regionId, located (themselves or their organisation) in that
// region or one inside it; with $allianceId, a member of that alliance.
// Weight: ($kindWeights[kind] + $levelBonus[level] for HAS_EXPERTISE) x topic weight. Score: the
// sum per professional with diminishing returns (the n-th piece of a kind, strongest first, counts
// 1/n), rounded to 3 decimals; ties by id (recommend/_ranked-answers).
// Parameters: $query (an escaped Lucene query or null), $topicLabels, $topicHits, $minRelative,
// $topics: list of {id, weight}, $roles, $roleWeight, $excludeIds, $regionId, $allianceId, $visible,
// $kindWeights, $levelBonus, $first, $reasons (strongest pieces of evidence returned per match; 0
// for none).
// Returns per match, best first: id, score, node (the professional: properties plus __label),
// reasons: list of {kind, weight, nodes, edges} (the proving path with its nodes).
CALL () {
  CALL () {
    UNWIND $topics AS topic
    MATCH (x:Entity {id: topic.id})
    WHERE all(work IN [x] WHERE {{> entity/_work-seen}})
    RETURN x, topic.weight AS topicWeight
    UNION ALL
    {{> recommend/_question-hits}}
  }
  // Each branch gives its own kind and distinct paths: UNION ALL, no paths compared.
  CALL (x) {
    MATCH p = (pro:Professional)-[r:AUTHORED|CONTRIBUTES_TO|HAS_EXPERTISE]->(x)
    RETURN pro, p, type(r) AS kind LIMIT 200
    UNION ALL
    MATCH p = (pro:Professional)-[:AUTHORED]->(i:Insight)-[:ABOUT]->(x)
    // An insight written together with someone the viewer may not see is no evidence.
    WHERE all(work IN [i] WHERE {{> entity/_work-seen}})
    RETURN pro, p, 'INSIGHT_ABOUT' AS kind LIMIT 200
    UNION ALL
    MATCH p = (pro:Professional)-[:CONTRIBUTES_TO]->(:Practice|Initiative)-[:ADDRESSES|IN_THEME]->(x)
    RETURN pro, p, 'WORKS_ON' AS kind LIMIT 200
    UNION ALL
    MATCH p = (x)
    WHERE x:Professional
    RETURN x AS pro, p, 'PROFILE' AS kind
  }
  RETURN pro, p, kind, topicWeight
  UNION ALL
  UNWIND $roles AS role
  CALL (role) {
    MATCH p = (pro:Professional)-[m:MEMBER_OF]->(:Alliance|Initiative)
    USING INDEX m:MEMBER_OF(role)
    WHERE m.role = role AND (m.until IS NULL OR toString(m.until) >= toString(date()))
    RETURN pro, p
    LIMIT 500
  }
  RETURN pro, p, 'ROLE' AS kind, $roleWeight AS topicWeight
}
WITH pro, p, kind, topicWeight
WHERE coalesce(pro.visibility, 'PUBLIC') IN $visible
  AND NOT pro.id IN $excludeIds
  AND ($regionId IS NULL
    OR EXISTS { (pro)-[:LOCATED_IN|WORKS_AT]->()-[:LOCATED_IN*0..4]->(:Region {id: $regionId}) })
  AND ($allianceId IS NULL OR EXISTS { (pro)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
WITH pro AS target, p, kind,
  (coalesce($kindWeights[kind], 1.0)
    + CASE kind WHEN 'HAS_EXPERTISE' THEN coalesce($levelBonus[coalesce(relationships(p)[0].level, '')], 0.0) ELSE 0.0 END)
  * topicWeight AS weight
{{> recommend/_ranked-answers}}
RETURN target.id AS id, score, target { {{Fields}}, __label: 'Professional' } AS node, reasons
ORDER BY score DESC, id
