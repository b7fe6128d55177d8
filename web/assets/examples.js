// Example questions on the home page: each is answered by the bundled examples/ (a test
// asks the API each one over an ingest of examples/).
export const EXAMPLES = [
  'who talked about Podman',
  'who spoke at KubeCon 2023',
  'what did Priya Raman talk about',
  'where does Priya Raman work',
  'who works at Google',
  'kubernetes',
];
