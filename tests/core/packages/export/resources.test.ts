import { describe, expect, it } from 'vitest';
import { KNOWN_SCHEMAS, PACKAGE_SCHEMA_VERSION } from '../../../../src-main/core/packages/format/schemas/index';
import { RESOURCES } from '../../../../src-main/core/packages/export/resources/index';

// The exporter writes the tables of PACKAGE_SCHEMA_VERSION with the rows of RESOURCES: the two
// lists are kept apart (the verifier needs the tables, never the queries) and must stay equal.
describe('the resources the exporter writes', () => {
  it('are the tables of the schema version it writes, in their order', () => {
    const tables = RESOURCES.map(({ name, description, schema }) => ({ name, description, schema }));
    expect(tables).toEqual(KNOWN_SCHEMAS[PACKAGE_SCHEMA_VERSION]);
  });
});
