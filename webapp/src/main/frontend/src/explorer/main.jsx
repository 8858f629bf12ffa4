// GraphiQL on /graphql, bundled with its editor and workers: schema docs, history, the example questions, and the
// sign-in box whose Authorization header every request carries.
import '../common/common.css';
import 'graphiql/style.css';
import './explorer.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createPortal } from 'react-dom';
import { GraphiQL } from 'graphiql';
import { useGraphiQL } from '@graphiql/react';
import { fetchGraphQL } from '../common/graphql.js';
import { mountSignIn } from '../common/auth.js';
import { language, mountLanguageSwitch, onLanguageChange, t } from '../common/i18n.js';
import { EXAMPLES } from './examples.js';

// the editor's language services run in workers bundled next to this script
const worker = (name) => new Worker(new URL(`./workers/${name}.worker.js`, import.meta.url));
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    return worker(label === 'json' || label === 'graphql' ? label : 'editor');
  },
};

const fetcher = (params, options) => fetchGraphQL(params, options?.headers);

/** The example questions as a menu in the page's header: choosing one puts it in the query editor. */
function ExampleMenu() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const [, setLanguage] = useState(language());
  useEffect(() => onLanguageChange(() => setLanguage(language())), []);
  return createPortal(
    <select
      id="example-select"
      value=""
      onChange={(event) => {
        const example = EXAMPLES[Number(event.target.value)];
        if (example && queryEditor) {
          queryEditor.setValue(example.query);
        }
      }}
    >
      <option value="">{t('explorer.choose')}</option>
      {EXAMPLES.map((example, index) => (
        <option key={example.en} value={index}>{example[language()]}</option>
      ))}
    </select>,
    document.getElementById('examples'),
  );
}

mountLanguageSwitch(document.getElementById('language'));
mountSignIn(document.getElementById('auth'));
createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLES[0].query} defaultEditorToolsVisibility={false}>
    <GraphiQL.Footer>
      <ExampleMenu />
    </GraphiQL.Footer>
  </GraphiQL>,
);
