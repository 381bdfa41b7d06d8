// One membership request.
// Parameters: $id.
// Returns: request (its properties), or no row.
MATCH (r:MembershipRequest {id: $id})
RETURN r {.*} AS request
