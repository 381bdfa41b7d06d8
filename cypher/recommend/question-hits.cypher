// The knowledge index's hits for a question, before any choice among them: at most 500, best
// first (ties by id), with the label each has. ask reads them once and chooses, per answer list,
// the hits of its labels as recommend/_question-hits would (src/recommend/question-hits.ts).
// Parameters: $query (an escaped Lucene query).
// Returns: id, label, score.
CALL db.index.fulltext.queryNodes('knowledge_text', $query, {limit: 500}) YIELD node, score
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score
ORDER BY score DESC, id
