// @template Label
// One page of the nodes of a label in id order, for exports. Keyset paging: pass the last id of
// the previous page as $after ('' for the first page), so every page is an index range seek.
// People whose visibility is not in $visible are left out.
// Parameters: $after, $limit, $visible (list of visibilities to include).
// Returns: one row per node: id, properties (all stored properties; the caller picks the public ones).
MATCH (n:{{Label}})
WHERE n.id > $after AND (NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
RETURN n.id AS id, properties(n) AS properties
ORDER BY n.id
LIMIT toInteger($limit)
