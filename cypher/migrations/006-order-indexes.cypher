// Lists are ordered by the name or title by default; with these every label but Insight (whose
// text is too long for a range index) reads its first page in index order.
CREATE INDEX bottleneck_title IF NOT EXISTS FOR (n:Bottleneck) ON (n.title);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
