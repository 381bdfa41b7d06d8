// Records a pending request to hold a role in a unit (not a domain entity: it lives beside the
// graph until decided, and is deleted with the person).
// Parameters: $id, $professionalId, $unitId, $role, $note, $actor.
// Returns: request (its properties).
CREATE (r:MembershipRequest {
  id: $id, professionalId: $professionalId, unitId: $unitId, role: $role, status: 'PENDING',
  note: $note, requestedAt: datetime(), requestedBy: $actor
})
RETURN r {.*} AS request
