// Partial of entity/_filter: only the insights and questions the viewer may see (entity/_work-seen). Binds n.
AND all(work IN [n] WHERE {{> entity/_work-seen}})
