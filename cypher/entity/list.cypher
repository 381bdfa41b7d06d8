// @template Label Related
// One page of nodes of a label, filtered and ordered.
// Parameters: see entity/_filter; $orderProperty (property name or null), $countOf (null or
// {type, direction, others}: order by the number of such relationships), $descending (boolean),
// $offset, $limit; $relatedLimit (see entity/_related).
// Returns: node (properties plus __label), in order; ties broken by id; related: for each relation
// field the query selects (Related: entity/_related fragments), its links, nested likewise.
MATCH (n:{{Label}})
{{> entity/_filter}}
{{> entity/_order}}
