// Practices that address the bottleneck (DIRECT), or a similar bottleneck: one in a shared theme
// (SIMILAR_THEME) or one found by full-text similarity (SIMILAR_TEXT: $similarIds, with their scores in the map
// $similarScores; an IN list lets the planner seek the id index).
// Parameters: $id, $similarIds, $similarScores.
// Returns: practice, kind, similarity, nodes, edges.
MATCH (b:Bottleneck {id: $id})
CALL (b) {
  MATCH p = (b)<-[:ADDRESSES]-(pr:Practice)
  RETURN pr, p, 'DIRECT' AS kind, 1.0 AS similarity
  UNION
  MATCH p = (b)-[:IN_THEME]->(:Theme)<-[:IN_THEME]-(other:Bottleneck)<-[:ADDRESSES]-(pr:Practice)
  WHERE other <> b
  RETURN pr, p, 'SIMILAR_THEME' AS kind, 0.4 AS similarity
  LIMIT 300
  UNION
  MATCH (other:Bottleneck)
  WHERE other.id IN $similarIds AND other <> b
  MATCH p = (other)<-[:ADDRESSES]-(pr:Practice)
  RETURN pr, p, 'SIMILAR_TEXT' AS kind, $similarScores[other.id] AS similarity
  LIMIT 300
}
RETURN pr.id AS practice, kind, similarity,
  {{> graph/_path-projection}}
