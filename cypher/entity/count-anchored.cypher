// @template Label TYPE Others Left Right PropertyFilter RelationFilter VisibleFilter
// entity/count with a relation filter naming ids, started from those ids like entity/list-anchored.
// Parameters: those of entity/_anchor and entity/_filter.
// Returns: total.
{{> entity/_anchor}}
{{> entity/_filter}}
RETURN count(n) AS total
