// The neighbourhood of a theme, for network metrics: the theme, the alliances that focus on it,
// the practices, initiatives and bottlenecks in it, insights about it, the visible people with
// expertise in it, and the visible people who contribute to those practices and initiatives or
// are members of those alliances.
// Parameters: $themeId, $visible (visibilities of people to include).
// Returns: one row, none when there is no such theme: ids (node ids, possibly repeated).
MATCH (t:Theme {id: $themeId})
CALL (t) {
  OPTIONAL MATCH (t)<-[:FOCUSES_ON|IN_THEME|HAS_EXPERTISE|ABOUT]-(x:Entity)
  WHERE NOT x:Professional OR coalesce(x.visibility, 'PUBLIC') IN $visible
  RETURN collect(x) AS direct
}
CALL (direct) {
  UNWIND direct AS x
  MATCH (x)<-[:CONTRIBUTES_TO|MEMBER_OF]-(p:Professional)
  WHERE coalesce(p.visibility, 'PUBLIC') IN $visible
  RETURN collect(p) AS people
}
RETURN [n IN [t] + direct + people | n.id] AS ids
