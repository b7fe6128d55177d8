// search-remove: drops the search document of posts (the post itself stays).
// Parameters: $ids (post ids).
// Returns: nothing.
UNWIND $ids AS id
MATCH (p:Post {id: id}) WHERE p:SearchDoc
REMOVE p:SearchDoc, p.search_title, p.search_text, p.search_tags, p.search_entities, p.search_body
