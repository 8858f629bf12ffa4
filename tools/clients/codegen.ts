// GraphQL Code Generator: typed documents for the dashboard's own queries, checked against the committed schema.
// The queries stay where the pages keep them (common/queries.js); their `/* GraphQL */` comments are what finds them.
// A query the schema no longer answers (an unknown field, argument or type, a wrong variable) fails the generation.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../graphql-api/src/main/graphql/schema.graphql',
  documents: ['../../webapp/src/main/frontend/src/**/*.{js,jsx}'],
  // finding no query at all is a failure too: the comments were lost, or the queries moved
  ignoreNoDocuments: false,
  // relative imports with their .js, as Node's ES modules (and tsc's NodeNext) need them
  importExtension: '.js',
  generates: {
    'generated/': {
      preset: 'client',
      presetConfig: {
        // the pages read their fragments' fields directly, and so do the types
        fragmentMasking: false,
      },
      config: {
        scalars: { Date: 'string' },
        // a new scalar in the schema must be given its type here, not typed `any`
        strictScalars: true,
        // enum values as the JSON carries them ('QUARTER'), as the pages send them
        enumType: 'string-literal',
        useTypeImports: true,
      },
    },
  },
};

export default config;
