// @template Count Page
// A page and the number of all nodes that match it, for a connection asked for its totalCount:
// one statement and one round trip instead of entity/list and then entity/count. Count is a
// rendered entity/count or entity/count-anchored, Page a rendered entity/list,
// entity/list-by-property or entity/list-anchored with the same filter.
// Parameters: those of Page (Count's are among them).
// Returns: one row: total, and nodes (Page's node column, in its order; a COLLECT subquery, so
// that an empty page still gives the row).
CALL {
{{Count}}
}
RETURN total, COLLECT {
{{Page}}
} AS nodes
