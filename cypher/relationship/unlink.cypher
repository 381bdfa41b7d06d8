// @template TYPE Right
// Removes the relationship(s) of a type between two nodes.
// Parameters: $from, $to.
// Returns: removed (count).
OPTIONAL MATCH (:Entity {id: $from})-[r:{{TYPE}}]-{{Right}}(:Entity {id: $to})
DELETE r
RETURN count(r) AS removed
