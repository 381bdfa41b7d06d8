// Membership requests of a unit, or of one person, newest first.
// Parameters: $unitId (or null), $professionalId (or null), $status (or null).
// Returns: request (its properties).
MATCH (r:MembershipRequest)
WHERE ($unitId IS NULL OR r.unitId = $unitId)
  AND ($professionalId IS NULL OR r.professionalId = $professionalId)
  AND ($status IS NULL OR r.status = $status)
RETURN r {.*} AS request
ORDER BY r.requestedAt DESC, r.id
LIMIT 200
