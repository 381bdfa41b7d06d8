// Partial: the candidates of a list or count with a relation filter naming ids ("members of
// alliance X"), found from those ids rather than by scanning the label; the caller's filter then
// applies every condition, this one included. Left/Right are the arrow heads as seen from n.
// Parameters: $anchorIds (ids at the other end), $anchorRoles (null or allowed r.role values).
// Binds n.
UNWIND $anchorIds AS anchorId
MATCH (m:{{Others}} {id: anchorId})
MATCH (n:{{Label}}){{Left}}-[r:{{TYPE}}]-{{Right}}(m)
WHERE $anchorRoles IS NULL OR r.role IN $anchorRoles
WITH DISTINCT n
