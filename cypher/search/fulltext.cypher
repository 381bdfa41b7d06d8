// @template Fields
// Full-text search over the Dutch indexes (entities, and questions); hidden professionals are left out.
// Parameters: $query (an escaped Lucene query), $types (labels or null), $visible (visibilities the
// viewer may see), $first.
// Returns: node (the properties named by Fields, or all, plus __label), score.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 500}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('question_text', $query, {limit: 100}) YIELD node, score
  RETURN node, score
}
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE ($types IS NULL OR label IN $types)
  AND (NOT node:Professional OR coalesce(node.visibility, 'PUBLIC') IN $visible)
RETURN node { {{Fields}}, __label: label } AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($first)
