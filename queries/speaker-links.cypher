// speaker-links: for every speaker, what they talked about, where they spoke, where they work.
// Parameters: none.
// Returns: id, name (the speaker), rel, other, otherName, otherType, post —
//   ordered by name, id, rel, otherName, other, post.
MATCH (s:Entity)-[:TALKED_ABOUT|SPOKE_AT]->()
WITH DISTINCT s
MATCH (s)-[r:TALKED_ABOUT|SPOKE_AT|AFFILIATED_WITH]->(o:Entity)
RETURN s.id AS id, s.name AS name, type(r) AS rel, o.id AS other, o.name AS otherName, o.type AS otherType, r.post AS post
ORDER BY name, id, rel, otherName, other, post
