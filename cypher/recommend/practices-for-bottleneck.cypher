// Practices that address the bottleneck (DIRECT), or a similar bottleneck: one in a shared theme
// (SIMILAR_THEME) or one found by full-text similarity (SIMILAR_TEXT: $similarIds, with their
// scores in the map $similarScores). The similar ones are sought through :Entity ids: with few
// bottlenecks the planner would otherwise scan the Bottleneck id index rather than seek it.
// Parameters: $id, $similarIds, $similarScores.
// Returns: practice, kind, similarity, nodes, edges.
MATCH (b:Bottleneck {id: $id})
CALL (b) {
  MATCH p = (b)<-[:ADDRESSES]-(pr:Practice)
  RETURN collect({pr: pr, p: p, kind: 'DIRECT', similarity: 1.0}) AS direct
}
CALL (b) {
  MATCH p = (b)-[:IN_THEME]->(:Theme)<-[:IN_THEME]-(other:Bottleneck)<-[:ADDRESSES]-(pr:Practice)
  WHERE other <> b
  WITH pr, p
  LIMIT 300
  RETURN collect({pr: pr, p: p, kind: 'SIMILAR_THEME', similarity: 0.4}) AS byTheme
}
CALL (b) {
  UNWIND $similarIds AS similarId
  MATCH (other:Entity {id: similarId})
  WHERE other:Bottleneck AND other <> b
  MATCH p = (other)<-[:ADDRESSES]-(pr:Practice)
  WITH pr, p, $similarScores[other.id] AS similarity
  LIMIT 300
  RETURN collect({pr: pr, p: p, kind: 'SIMILAR_TEXT', similarity: similarity}) AS byText
}
UNWIND direct + byTheme + byText AS row
WITH row.pr AS pr, row.p AS p, row.kind AS kind, row.similarity AS similarity
RETURN pr.id AS practice, kind, similarity,
  {{> graph/_path-projection}}
