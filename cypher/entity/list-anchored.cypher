// @template Label Fields Related TYPE Others Left Right PropertyFilter RelationFilter VisibleFilter
// entity/list with a relation filter naming ids: starts from those ids (entity/_anchor), then
// applies the full filter and ordering exactly as entity/list does.
// Parameters: those of entity/_anchor and entity/list.
// Returns: node (see entity/list).
{{> entity/_anchor}}
{{> entity/_filter}}
{{> entity/_order}}
