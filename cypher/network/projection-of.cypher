// A neighbourhood (see alliance-scope, theme-scope) as the network metrics see it: the given nodes
// and the relationships among them, with Regions and people not in $visible left out, and their
// work (as in projection-page; FOLLOWS left out as there).
// Parameters: $ids (distinct node ids), $visible, $seen.
// Returns: one row per included node: id, label, out (list of {type, to}, only to given nodes).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE NOT a:Region AND (NOT a:Professional OR coalesce(a.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [a] WHERE {{> entity/_work-seen}})
OPTIONAL MATCH (a)-[r:!FOLLOWS]->(b:Entity)
WHERE b.id IN $ids AND NOT b:Region
  AND (NOT b:Professional OR coalesce(b.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [b] WHERE {{> entity/_work-seen}})
WITH a, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: b.id} END) AS out
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Entity'][0] AS label, out
ORDER BY id
