// The relationships leaving one page of nodes, for exports. Pages go over start nodes in id order
// (keyset paging as in nodes-page: $after is the last start id of the previous page), so a page
// never splits the relationships of one node. Relationships that touch a person whose visibility
// is not in $visible are left out, and so is FOLLOWS: what a person follows is theirs alone (read
// through Professional.following), and the import takes no FOLLOWS.
// Parameters: $after, $limit (start nodes per page), $visible.
// Returns: one row per start node: id, relationships (list of {type, to, properties}, maybe empty).
MATCH (a:Entity)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT toInteger($limit)
OPTIONAL MATCH (a)-[r:!FOLLOWS]->(b:Entity)
WHERE (NOT a:Professional OR coalesce(a.visibility, 'PUBLIC') IN $visible)
  AND (NOT b:Professional OR coalesce(b.visibility, 'PUBLIC') IN $visible)
WITH a, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: b.id, properties: properties(r)} END) AS relationships
RETURN a.id AS id, relationships
ORDER BY id
