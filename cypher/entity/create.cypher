// @template Label
// Creates a node; the uniqueness constraint on Entity.id turns a taken id into a conflict.
// Parameters: $id, $properties (map of validated properties), $actor (id of the writer or null).
// Returns: node.
CREATE (n:Entity:{{Label}})
SET n = $properties,
  n.id = $id,
  n.createdAt = datetime(),
  n.updatedAt = datetime(),
  n.createdBy = $actor
RETURN n {.*, __label: '{{Label}}'} AS node
