// speakers-at: who spoke at an event ("who spoke at Xen Summit 2010"), with evidence.
// Parameters: $id (event id).
// Returns: id, name, type (the speaker), post, sentence, title — ordered by name, id, post, sentence.
MATCH (s:Entity)-[r:SPOKE_AT]->(:Entity {id: $id})
RETURN s.id AS id, s.name AS name, s.type AS type, r.post AS post, r.sentence AS sentence, r.title AS title
ORDER BY name, id, post, sentence
