// @template Label
// A few well-connected nodes of a label, for the warm-up before /readyz: the reads it sends ask
// about them, as clients would. Only public people are taken.
// Parameters: $scan (how many nodes of the label are looked at), $limit.
// Returns: id, title (the node's name or title, else null), most ties first.
MATCH (n:{{Label}})
WHERE NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') = 'PUBLIC'
WITH n LIMIT toInteger($scan)
WITH n, COUNT { (n)--() } AS ties
ORDER BY ties DESC, n.id
LIMIT toInteger($limit)
RETURN n.id AS id, coalesce(n.name, n.title) AS title
