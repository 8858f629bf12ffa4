// Bundles the web pages into the WAR's static resources: node build.mjs <output directory>.
// Everything a page needs is in the output; nothing is loaded from the internet when it runs.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
};

await Promise.all([
  // the pages: ES modules that find the API relative to their own URL (static/ -> ../graphql)
  esbuild.build({
    ...common,
    entryPoints: {
      dashboard: 'src/dashboard/main.js',
      report: 'src/report/main.js',
      explorer: 'src/explorer/main.jsx',
    },
    outdir: `${out}/static`,
    format: 'esm',
    splitting: true, // what the pages share, and the explorer's rarely used parts, load as chunks of their own
    jsx: 'automatic',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
  }),
  // the explorer's editor runs its language services in web workers, each a classic script of its own
  esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: `${out}/static/workers`,
    format: 'iife',
  }),
]);

cpSync('src/pages', out, { recursive: true });
