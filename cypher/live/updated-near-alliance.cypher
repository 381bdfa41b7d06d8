// Whether an updated node is shown on an alliance's pages: the alliance itself or a node tied to
// it, visible to the viewer (live/_seen).
// Parameters: $id, $allianceId, $visible, $seen.
// Returns: near (no row when the alliance or the node does not exist).
MATCH (a:Alliance {id: $allianceId})
MATCH (n:Entity {id: $id})
RETURN (n = a OR EXISTS { (a)--(n) }) AND {{> live/_seen}} AS near
