// Bundles the web pages into the WAR's static resources: node build.mjs <output directory>.
// Everything a page needs is in the output; nothing is loaded from the internet when it runs.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifest, pageModule, trustedDocuments } from './trusted-documents.mjs';

const out = resolve(process.argv[2] ?? 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The pages' documents: the server's trusted documents, in WEB-INF so that they are not served, and their hashes for
// the pages (src/common/graphql.js) from the same list
const documents = trustedDocuments();
mkdirSync(`${out}/WEB-INF`);
writeFileSync(`${out}/WEB-INF/trusted-documents.json`, manifest(documents));
const persisted = {
  name: 'persisted-documents',
  setup(build) {
    build.onResolve({ filter: /^persisted:documents$/ }, () => ({ path: 'documents', namespace: 'persisted' }));
    build.onLoad({ filter: /.*/, namespace: 'persisted' }, () => ({
      contents: pageModule(documents), resolveDir: resolve('src/common'), loader: 'js',
    }));
  },
};

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
      workspace: 'src/workspace/main.js',
      editor: 'src/workspace/editor.js',
      dossiers: 'src/workspace/dossiers.js',
      ingest: 'src/workspace/ingest.js',
      review: 'src/review/main.js',
    },
    outdir: `${out}/static`,
    format: 'esm',
    splitting: true, // what the pages share, and the explorer's rarely used parts, load as chunks of their own
    jsx: 'automatic',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    plugins: [persisted],
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

// The workspace's and the review's pages share one shell, written here: the app bar with the navigation (the page's
// own link marked), the title, the status line the page speaks in and its content, and the page's bundle.
const NAV = [['', 'nav.dashboard', 'Bảng theo dõi'], ['explorer/', 'nav.explorer', 'Truy vấn dữ liệu'],
  ['workspace/', 'nav.workspace', 'Báo cáo của đơn vị'], ['review/', 'nav.review', 'Duyệt báo cáo']];
const SHELLS = [
  // [file, bundle, title's message key, title, navigation entry]
  ['workspace/index.html', 'workspace', 'workspace.title', 'Báo cáo của đơn vị', 'workspace/'],
  ['workspace/report.html', 'editor', 'editor.title', 'Soạn báo cáo', 'workspace/'],
  ['workspace/dossiers.html', 'dossiers', 'dossiers.title', 'Nhập hồ sơ từ hệ thống một cửa', 'workspace/'],
  ['workspace/ingest.html', 'ingest', 'ingest.title', 'Nhập báo cáo từ tệp Word', 'workspace/'],
  ['review/index.html', 'review', 'review.title', 'Duyệt báo cáo của các đơn vị', 'review/'],
];
for (const [file, bundle, key, title, current] of SHELLS) {
  const links = NAV.map(([path, navKey, text]) =>
    `    <a href="../${path}"${path === current ? ' aria-current="page"' : ''} data-i18n="${navKey}">${text}</a>`).join('\n');
  mkdirSync(resolve(out, file, '..'), { recursive: true });
  writeFileSync(resolve(out, file), `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="../static/${bundle}.css">
</head>
<body>
<header class="app-bar">
  <strong data-i18n="app.title">Theo dõi cải cách hành chính</strong>
  <nav>
${links}
  </nav>
  <div id="auth" class="auth"></div>
  <div id="language" class="language"></div>
</header>
<main id="main" class="workspace">
  <h1 id="title" data-i18n="${key}">${title}</h1>
  <p id="status" class="status" role="status" aria-live="polite"></p>
  <div id="content"></div>
</main>
<script type="module" src="../static/${bundle}.js"></script>
</body>
</html>
`);
}
