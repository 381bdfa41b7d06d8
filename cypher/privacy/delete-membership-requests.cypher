// A person's membership requests go with the person.
// Parameters: $id.
// Returns: nothing.
MATCH (r:MembershipRequest {professionalId: $id})
DELETE r
