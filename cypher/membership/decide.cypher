// Decides a pending request; an approval makes (or updates) the MEMBER_OF tie with the role,
// since $today and no end. A request that is no longer pending is left as it is (no row).
// Parameters: $id, $status (APPROVED or DECLINED), $note, $actor, $today.
// Returns: request (its properties after the decision).
MATCH (r:MembershipRequest {id: $id})
WHERE r.status = 'PENDING'
SET r.status = $status, r.decidedAt = datetime(), r.decidedBy = $actor, r.decisionNote = $note
WITH r
CALL (r) {
  MATCH (p:Professional {id: r.professionalId})
  MATCH (u:Entity {id: r.unitId})
  WITH p, u
  WHERE r.status = 'APPROVED'
  MERGE (p)-[m:MEMBER_OF]->(u)
  ON CREATE SET m.createdAt = datetime(), m.createdBy = $actor
  SET m.role = r.role, m.since = $today, m.until = null
  RETURN count(*) AS linked
}
RETURN r {.*} AS request
