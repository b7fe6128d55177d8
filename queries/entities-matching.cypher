// entities-matching: entities with one of the ids, or whose name or an alias folds as foldForm
// does (NFKC, curly quotes straight, a trailing possessive dropped, lower case, spaces collapsed)
// to one of the forms: the stored entities resolution merges a few posts' entities with.
// Parameters: $ids (list of entity ids), $forms (list of folded names).
// Returns: id, type, name, aliases, confidence, posts — ordered by posts desc, name, id.
MATCH (e:Entity)
WITH e, [n IN [e.name] + coalesce(e.aliases, []) | replace(replace(normalize(n, NFKC), '’', "'"), '‘', "'")] AS quoted
WITH e, [q IN quoted | CASE WHEN toLower(q) ENDS WITH "'s" THEN left(q, size(q) - 2) WHEN q ENDS WITH "'" THEN left(q, size(q) - 1) ELSE q END] AS bare
WITH e, [b IN bare | trim(reduce(s = '', w IN split(toLower(b), ' ') | CASE WHEN w = '' THEN s ELSE s + ' ' + w END))] AS folded
WHERE e.id IN $ids OR any(f IN folded WHERE f IN $forms)
OPTIONAL MATCH (p:Post)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS posts
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.confidence AS confidence, posts
ORDER BY posts DESC, name, id
