// Practices that address the bottleneck (DIRECT), or a similar bottleneck: one in a shared theme
// (SIMILAR_THEME) or one found by full-text similarity (SIMILAR_TEXT, $similar ids with scores).
// Parameters: $id, $similar: list of {id, score}.
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
  UNWIND $similar AS s
  MATCH p = (other:Bottleneck {id: s.id})<-[:ADDRESSES]-(pr:Practice)
  WHERE other <> b
  RETURN pr, p, 'SIMILAR_TEXT' AS kind, s.score AS similarity
  LIMIT 300
}
RETURN pr.id AS practice, kind, similarity,
  {{> graph/_path-projection}}
