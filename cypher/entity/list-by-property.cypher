// @template Label Fields Order Direction Related PropertyFilter RelationFilter VisibleFilter
// entity/list ordered by a property every node of the label has (name, title, text, createdAt,
// updatedAt): with the IS NOT NULL the planner can read the nodes in index order and stop after
// the page instead of sorting the whole label.
// Parameters: those of entity/list except $orderProperty, $countOf and $descending.
// Returns: node (see entity/list).
MATCH (n:{{Label}})
{{> entity/_filter}}
  AND n.{{Order}} IS NOT NULL
{{> entity/_order-by-property}}
