// The tie between an alliance and a bottleneck, for a status-change event.
// Parameters: $allianceId, $bottleneckId.
// Returns: alliance, bottleneckId, status, since, note.
MATCH (a:Alliance {id: $allianceId})-[r:RECORDED]->(b:Bottleneck {id: $bottleneckId})
RETURN a {.*, __label: 'Alliance'} AS alliance, b.id AS bottleneckId, coalesce(r.status, 'OPEN') AS status,
  r.since AS since, r.note AS note
