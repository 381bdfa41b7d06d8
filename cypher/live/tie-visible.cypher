// Whether both ends of a tie are visible to a viewer: a person by their visibility, an insight
// or a question when no hidden person wrote or asked it. Ends that no longer exist count as
// visible (a removed tie shows as a change of what remains).
// Parameters: $ids, $visible, $seen.
// Returns: visible.
OPTIONAL MATCH (n:Entity)
WHERE n.id IN $ids
WITH collect(n) AS ends
RETURN all(n IN ends WHERE {{> live/_seen}}) AS visible
