// The people with the most ties (KNOWS) among the first 5,000 by id, at most 200, most ties first
// and then by id: recommend/suggested-fallback's CONNECTOR candidates, the same for every person,
// so the service reads them once and keeps them (src/db/kept-read.ts) instead of every fallback
// counting the ties of 5,000 people.
// Parameters: none.
// Returns one row per person: id, ties.
MATCH (other:Professional)
USING INDEX other:Professional(id)
WHERE other.id IS NOT NULL
WITH other
ORDER BY other.id
LIMIT 5000
WITH other, COUNT { (other)-[:KNOWS]-() } AS ties
ORDER BY ties DESC, other.id
LIMIT 200
RETURN other.id AS id, ties
