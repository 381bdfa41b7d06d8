// Other alliances that recorded the same bottlenecks (BOTTLENECK_IN_COMMON) or focus on the same
// themes (THEME_IN_COMMON), with the degree of the shared node for rarity weighting.
// Parameters: $id (alliance id).
// Returns: alliance, kind, shared (id of the shared node), degree, nodes, edges.
MATCH (a:Alliance {id: $id})
CALL (a) {
  MATCH p = (a)-[:RECORDED]->(b:Bottleneck)<-[:RECORDED]-(other:Alliance)
  RETURN other, p, 'BOTTLENECK_IN_COMMON' AS kind, b.id AS shared, COUNT { (b)<-[:RECORDED]-() } AS degree
  LIMIT 500
  UNION
  MATCH p = (a)-[:FOCUSES_ON]->(t:Theme)<-[:FOCUSES_ON]-(other:Alliance)
  RETURN other, p, 'THEME_IN_COMMON' AS kind, t.id AS shared, COUNT { (t)<-[:FOCUSES_ON]-() } AS degree
  LIMIT 500
}
WITH a, other, p, kind, shared, degree
WHERE other <> a
RETURN other.id AS alliance, kind, shared, degree,
  {{> graph/_path-projection}}
