// @template Fields
// Full-text search over the Dutch indexes (entities, and questions); hidden professionals are left
// out, and so is their work (entity/_work-seen).
// Parameters: $query (an escaped Lucene query), $types (labels or null), $visible (visibilities the
// viewer may see), $seen, $first.
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
  AND all(work IN [node] WHERE {{> entity/_work-seen}})
RETURN node { {{Fields}}, __label: label, __by: [work IN [node] | {{> entity/_by}}][0] } AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($first)
