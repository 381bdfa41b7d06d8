// What deciding on membership needs to know: the person, the unit (an alliance or an initiative),
// a pending request for the same role, and whether the viewer leads the unit now (a current
// COORDINATOR or INITIATOR membership).
// Parameters: $professionalId, $unitId, $role, $viewerId (or null), $today (YYYY-MM-DD).
// Returns: person (boolean), unitLabel (or null), pending (boolean), leads (boolean).
OPTIONAL MATCH (p:Professional {id: $professionalId})
OPTIONAL MATCH (u:Entity {id: $unitId})
RETURN p IS NOT NULL AS person,
  CASE WHEN u:Alliance THEN 'Alliance' WHEN u:Initiative THEN 'Initiative' ELSE null END AS unitLabel,
  EXISTS {
    MATCH (r:MembershipRequest {professionalId: $professionalId, unitId: $unitId})
    WHERE r.role = $role AND r.status = 'PENDING'
  } AS pending,
  $viewerId IS NOT NULL AND EXISTS {
    MATCH (:Professional {id: $viewerId})-[m:MEMBER_OF]->(:Entity {id: $unitId})
    WHERE m.role IN ['COORDINATOR', 'INITIATOR'] AND (m.until IS NULL OR toString(m.until) >= $today)
  } AS leads
