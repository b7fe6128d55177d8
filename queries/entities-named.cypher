// entities-named: entities whose name or one of whose aliases is the given text, any case
// ("xcp" finds XCP; "Xen Cloud Platform" finds XCP through its alias).
// Parameters: $name (text).
// Returns: id, type, name, aliases, confidence, posts — ordered by posts desc, id.
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
OPTIONAL MATCH (p:Post)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS posts
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.confidence AS confidence, posts
ORDER BY posts DESC, id
