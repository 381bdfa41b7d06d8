// Baseline of the question evaluation (npm run eval:questions): the question as written, against the
// Dutch full-text index, without question analysis, scope, visibility or graph.
// Parameters: $query (the question text with the Lucene special characters escaped and the operator
// words lower-cased), $label (the label of the answers wanted), $first.
// Returns: id, score.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 500}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE label = $label
RETURN node.id AS id, score
ORDER BY score DESC, id
LIMIT toInteger($first)
