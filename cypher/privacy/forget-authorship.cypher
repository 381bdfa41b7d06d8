// Replaces a person's ids in createdBy/updatedBy with a pseudonym.
// Parameters: $subjects (the person's professional id and credential subjects), $pseudonym.
// Returns: changed.
CALL (){
  MATCH (n:Entity) WHERE n.createdBy IN $subjects
  SET n.createdBy = $pseudonym
  RETURN count(n) AS created
}
CALL (){
  MATCH (n:Entity) WHERE n.updatedBy IN $subjects
  SET n.updatedBy = $pseudonym
  RETURN count(n) AS updated
}
RETURN created + updated AS changed
