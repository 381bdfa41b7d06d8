// @template Label Fields Related
// One node of a label by id (Fields: all its properties) and, in __related, the links of the
// relation fields a query selects (entity/_related fragments), read in one statement.
// Parameters: $id, $relatedLimit.
// Returns: node (see entity/list), or no row.
MATCH (n:{{Label}} {id: $id})
RETURN n { {{Fields}}, __label: '{{Label}}', __by: [work IN [n] | {{> entity/_by}}][0],
  __related: { {{Related}} } } AS node
