// One page of the whole graph as the network metrics see it: nodes in id order (keyset paging:
// $after is the last id of the previous page, '' for the first) with the relationships they start.
// Regions and LOCATED_IN are left out: geography is an attribute here, and the country node would
// join everyone into one cluster. People not in $visible are left out with their relationships,
// and so is their work ($seen: {allowed: $visible, self: null}; entity/_work-seen).
// FOLLOWS is left out: what a person follows is theirs alone, and no tie between people.
// Parameters: $after, $limit, $visible, $seen.
// Returns: one row per node of the page: id, label, included (false: left out, only moves the
// cursor), out (list of {type, to}).
MATCH (a:Entity)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT toInteger($limit)
WITH a, NOT a:Region AND (NOT a:Professional OR coalesce(a.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [a] WHERE {{> entity/_work-seen}}) AS included
OPTIONAL MATCH (a)-[r:!FOLLOWS]->(b:Entity)
WHERE included AND NOT b:Region
  AND (NOT b:Professional OR coalesce(b.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [b] WHERE {{> entity/_work-seen}})
WITH a, included, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: b.id} END) AS out
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Entity'][0] AS label, included, out
ORDER BY id
