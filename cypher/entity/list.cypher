// @template Label
// One page of nodes of a label, filtered and ordered.
// Parameters: see entity/_filter; $orderProperty (property name or null), $countOf (null or
// {type, direction, others}: order by the number of such relationships), $descending (boolean),
// $offset, $limit.
// Returns: node (properties plus __label), in order; ties broken by id.
MATCH (n:{{Label}})
{{> entity/_filter}}
{{> entity/_order}}
