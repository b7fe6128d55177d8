// The OpenAPI document comes from the same zod schemas the routes validate with.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/api/openapi.js';

type Doc = {
  paths: Record<
    string,
    { get: { parameters: Array<{ name: string; in: string; required: boolean; schema: Record<string, unknown> }> } }
  >;
};

describe('OpenAPI document', () => {
  const doc = openApiDocument() as Doc;

  it('search takes a required q of at most 200 characters and a page of 1-50 (default 10)', () => {
    const params = doc.paths['/api/search']!.get.parameters;
    expect(params.find((p) => p.name === 'q')).toMatchObject({
      in: 'query',
      required: true,
      schema: { type: 'string', maxLength: 200 },
    });
    expect(params.find((p) => p.name === 'limit')).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
    });
  });

  it('paths with an id name it as a required path parameter', () => {
    for (const path of Object.keys(doc.paths).filter((p) => p.includes('{id}'))) {
      expect(doc.paths[path]!.get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    }
  });
});
