// Range indexes for the filters and orderings clients use most.
CREATE INDEX professional_name IF NOT EXISTS FOR (n:Professional) ON (n.name);
CREATE INDEX professional_visibility IF NOT EXISTS FOR (n:Professional) ON (n.visibility);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_sector IF NOT EXISTS FOR (n:Organization) ON (n.sector);
CREATE INDEX alliance_name IF NOT EXISTS FOR (n:Alliance) ON (n.name);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX practice_title IF NOT EXISTS FOR (n:Practice) ON (n.title);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX insight_kind IF NOT EXISTS FOR (n:Insight) ON (n.kind);
CREATE INDEX insight_created IF NOT EXISTS FOR (n:Insight) ON (n.createdAt);
CREATE INDEX bottleneck_status IF NOT EXISTS FOR (n:Bottleneck) ON (n.status);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
