// The regions inside the given ones (and the given ones themselves), so that a filter on a
// province finds what lies in its municipalities. At most five levels down.
// Parameters: $ids (region ids).
// Returns: ids (distinct).
UNWIND $ids AS id
MATCH (r:Region {id: id})
MATCH (s:Region)-[:LOCATED_IN*0..5]->(r)
RETURN collect(DISTINCT s.id) AS ids
