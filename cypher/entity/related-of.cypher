// @template Label Related
// The relation fields of nodes of one label, by id, in a statement of fixed text per label: every
// relation field of the label is written out (entity/_related-guarded) and read only when $want
// names it, so one plan (made by the warm-up) serves every choice of fields. Used while a query's
// own shape (entity/_related, folded into its statement) has not been planned yet.
// Parameters: $ids; $want: {field: {whole: boolean, props: [property names]}} for the relation
// fields to read; $relatedLimit (cap per node and field).
// Returns: id, related: {field: [link]} (null for a field not wanted).
UNWIND $ids AS id
MATCH (n:{{Label}} {id: id})
RETURN n.id AS id, { {{Related}} } AS related
