// A professional follows a theme, bottleneck, alliance, initiative or question (once; repeating
// keeps the first date). A question asked by someone the viewer may not see is not followable.
// Parameters: $professionalId, $targetId, $labels (the labels that may be followed), $seen
// (entity/_work-seen).
// Returns: target (the followed node, or no row when either end is missing or not followable).
MATCH (p:Professional {id: $professionalId})
MATCH (t:Entity {id: $targetId})
WHERE any(l IN labels(t) WHERE l IN $labels)
  AND all(work IN [t] WHERE {{> entity/_work-seen}})
MERGE (p)-[f:FOLLOWS]->(t)
  ON CREATE SET f.since = datetime()
RETURN t {.*, __label: [l IN labels(t) WHERE l <> 'Entity'][0]} AS target
