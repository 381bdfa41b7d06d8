// @template Label
// Deletes a node and every relationship it has.
// Parameters: $id.
// Returns: id, or no row when there is no such node.
MATCH (n:{{Label}} {id: $id})
DETACH DELETE n
RETURN $id AS id
