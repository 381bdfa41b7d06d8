// The alliances that recorded a bottleneck, with their own status of it (OPEN when not given:
// an alliance that records a bottleneck faces it), since when and a note, the alliance's level
// and region, and the path alliance -RECORDED-> bottleneck.
// Parameters: $id (bottleneck id).
// Returns per alliance, open ones first, then by since and name: alliance (node), status, since,
// note, region (node or null), nodes, edges (the path). No row for an unknown or unrecorded one.
MATCH (b:Bottleneck {id: $id})
MATCH p = (a:Alliance)-[r:RECORDED]->(b)
WITH a, r, p, coalesce(r.status, 'OPEN') AS status
OPTIONAL MATCH (a)-[:LOCATED_IN]->(region:Region)
WITH a, r, p, status, head(collect(region)) AS region
RETURN a {.*, __label: 'Alliance'} AS alliance, status, r.since AS since, r.note AS note,
  CASE WHEN region IS NULL THEN null ELSE region {.*, __label: 'Region'} END AS region,
  {{> graph/_path-projection}}
ORDER BY CASE status WHEN 'OPEN' THEN 0 ELSE 1 END, since, a.name
