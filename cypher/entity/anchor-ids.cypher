// @template Label TYPE Others Left Right
// The ids of nodes of a label related to any of the given nodes (a relation filter with id_in),
// found from those nodes, so that a filtered list seeks instead of scanning the label.
// Left/Right are the arrow heads of the relation as seen from the listed node.
// Parameters: $ids (ids at the other end), $roles (null or allowed r.role values).
// Returns: ids.
UNWIND $ids AS relatedId
MATCH (m:{{Others}} {id: relatedId})
MATCH (n:{{Label}}){{Left}}-[r:{{TYPE}}]-{{Right}}(m)
WHERE $roles IS NULL OR r.role IN $roles
RETURN collect(DISTINCT n.id) AS ids
