// @template Label
// Sets the given properties (a null value removes the property).
// Parameters: $id, $properties, $actor.
// Returns: node, or no row when there is no such node.
MATCH (n:{{Label}} {id: $id})
SET n += $properties,
  n.updatedAt = datetime(),
  n.updatedBy = $actor
RETURN n {.*, __label: '{{Label}}'} AS node
