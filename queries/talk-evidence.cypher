// talk-evidence: every sentence that states a talk, to answer questions about topics that
// are not entities ("who talked about deep learning").
// Parameters: none.
// Returns: id, name (the speaker), rel, other, post, sentence — ordered by post, id, rel, other.
MATCH (s:Entity)-[r:TALKED_ABOUT|SPOKE_AT]->(o:Entity)
RETURN s.id AS id, s.name AS name, type(r) AS rel, o.id AS other, r.post AS post, r.sentence AS sentence
ORDER BY post, id, rel, other
