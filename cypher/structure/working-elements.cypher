// Working elements and lessons for a bottleneck: insights recorded by an alliance that faced it
// (FROM_ALLIANCE: alliance -RECORDED-> bottleneck, alliance -RECORDED-> insight), insights about a
// practice that addresses it (FROM_PRACTICE), and insights about the bottleneck itself (ABOUT_IT);
// at most 200 paths per pattern. Working elements weigh more than lessons, lessons more than
// observations ($kindWeights by insight kind, $sourceWeights by how it was found). Insights written
// by someone the viewer may not see are left out ($seen, entity/_work-seen).
// Parameters: $id, $kindWeights, $sourceWeights, $seen.
// Returns: target (insight id), kind (how it was found), weight, nodes, edges (the path from the
// bottleneck to the insight).
MATCH (b:Bottleneck {id: $id})
CALL (b) {
  MATCH p = (b)<-[:RECORDED]-(:Alliance)-[:RECORDED]->(i:Insight)
  WHERE all(work IN [i] WHERE {{> entity/_work-seen}})
  RETURN i, p, 'FROM_ALLIANCE' AS kind LIMIT 200
  UNION
  MATCH p = (b)<-[:ADDRESSES]-(:Practice)<-[:ABOUT]-(i:Insight)
  WHERE all(work IN [i] WHERE {{> entity/_work-seen}})
  RETURN i, p, 'FROM_PRACTICE' AS kind LIMIT 200
  UNION
  MATCH p = (b)<-[:ABOUT]-(i:Insight)
  WHERE all(work IN [i] WHERE {{> entity/_work-seen}})
  RETURN i, p, 'ABOUT_IT' AS kind LIMIT 200
}
RETURN i.id AS target, kind,
  coalesce($sourceWeights[kind], 1.0) * coalesce($kindWeights[i.kind], 1.0) AS weight,
  {{> graph/_path-projection}}
