// @template Label Fields Related PropertyFilter RelationFilter VisibleFilter
// One page of nodes of a label, filtered and ordered.
// Parameters: see entity/_filter; $orderProperty (property name or null), $countOf (null or
// {type, direction, others}: order by the number of such relationships), $descending (boolean),
// $offset, $limit; $relatedLimit (see entity/_related).
// Returns: node, in order (ties broken by id): the properties the query selects (Fields: all, or
// a list marked __partial), __label, and __related: the links of each relation field the query
// selects (Related: entity/_related fragments, which leave out what the relation resolvers fill
// in, such as the label of a node at the other end when only one is possible).
MATCH (n:{{Label}})
{{> entity/_filter}}
{{> entity/_order}}
