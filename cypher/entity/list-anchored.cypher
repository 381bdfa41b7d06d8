// @template Label Related
// entity/list for a candidate set already narrowed by anchor-ids: seeks the candidates by id,
// then applies the full filter and ordering exactly as entity/list does.
// Parameters: $anchorIds, and those of entity/list.
// Returns: node, related.
MATCH (n:{{Label}})
WHERE n.id IN $anchorIds
WITH n
{{> entity/_filter}}
{{> entity/_order}}
