// @template Label
// One page of the nodes of a label in id order, for exports. Keyset paging: pass the last id of
// the previous page as $after ('' for the first page), so every page is an index range seek.
// People whose visibility is not in $visible are left out, and so is their work ($seen:
// {allowed: $visible, self: null}; entity/_work-seen).
// Parameters: $after, $limit, $visible (list of visibilities to include), $seen.
// Returns: one row per node: id, properties (all stored properties; the caller picks the public ones).
MATCH (n:{{Label}})
WHERE n.id > $after AND (NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [n] WHERE {{> entity/_work-seen}})
RETURN n.id AS id, properties(n) AS properties
ORDER BY n.id
LIMIT toInteger($limit)
