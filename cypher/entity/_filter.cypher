// Partial: the WHERE clause shared by entity/list and entity/count. Binds n. Each kind of condition
// comes as a fragment only when the query has such conditions: a statement with fewer conditions
// is planned faster (a list's shape is planned on its first request; see entity/fold).
// Fragments: PropertyFilter (entity/_filter-properties), RelationFilter (entity/_filter-relations),
// VisibleFilter (entity/_filter-visible for people, entity/_filter-work for insights and questions).
// Parameters: $filters: list of {property, op, value}; $relationFilters: list of
// {type, direction: OUT|IN|BOTH, others: [label], ids: [id] or null, roles: [role] or null, exists,
// visible: [visibility] or null, self: the viewer's own id or null}: people the viewer may not see
// are not evidence of a relation filter (a hidden id filters as an unknown id does); $visible:
// {allowed, self} for the people of a list, $seen for work (entity/_work-seen).
WHERE true
{{PropertyFilter}}
{{RelationFilter}}
{{VisibleFilter}}
