// @template Label
// entity/count for a candidate set already narrowed by anchor-ids.
// Parameters: $anchorIds, and those of entity/_filter.
// Returns: total.
MATCH (n:{{Label}})
WHERE n.id IN $anchorIds
WITH n
{{> entity/_filter}}
RETURN count(n) AS total
