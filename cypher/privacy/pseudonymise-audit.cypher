// Replaces a person's ids in the audit trail with a pseudonym: the trail keeps what happened, not
// who the person was.
// Parameters: $subjects, $pseudonym. Returns: changed.
CALL (){
  MATCH (a:AuditEntry) WHERE a.targetId IN $subjects
  SET a.targetId = $pseudonym
  RETURN count(a) AS targets
}
CALL (){
  MATCH (a:AuditEntry) WHERE a.actor IN $subjects OR a.detail IN $subjects
  SET a.actor = CASE WHEN a.actor IN $subjects THEN $pseudonym ELSE a.actor END,
    a.detail = CASE WHEN a.detail IN $subjects THEN $pseudonym ELSE a.detail END
  RETURN count(a) AS actors
}
RETURN targets + actors AS changed
