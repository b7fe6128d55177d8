// write-refresh-aliases: sets every entity's aliases to the names the stored posts use for it
// (on MENTIONS and COVERS), so a name a changed post dropped goes too. Absolute; safe to retry.
// Parameters: none.
// Returns: nothing.
MATCH (e:Entity)
OPTIONAL MATCH (:Post)-[m:MENTIONS|COVERS]->(e)
WITH e, collect(coalesce(m.names, [])) AS lists
WITH e, reduce(acc = [], l IN lists | acc + l) AS all
WITH e, [n IN all WHERE n <> e.name] AS names
UNWIND (CASE WHEN size(names) = 0 THEN [null] ELSE names END) AS n
WITH e, n
ORDER BY n
WITH e, collect(DISTINCT n) AS aliases
SET e.aliases = aliases
