// @template Label PropertyFilter RelationFilter VisibleFilter
// Number of nodes of a label matching the filters (a connection's totalCount).
// Parameters: see entity/_filter.
// Returns: total.
MATCH (n:{{Label}})
{{> entity/_filter}}
RETURN count(n) AS total
