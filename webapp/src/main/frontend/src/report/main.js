// A report rendered from its data in the layout of an administrative document (Nghị định 30/2020/NĐ-CP): the
// heading with the issuing authority, number, national motto, place and date; the title; the numbered sections;
// the recipients and the signature. report.html?id=<report id>.
import '../common/common.css';
import './report.css';
import { GraphQLError, graphql } from '../common/graphql.js';
import { authorization, mountSignIn } from '../common/auth.js';
import { mountLanguageSwitch, onLanguageChange, t } from '../common/i18n.js';
import { reportDocument } from '../common/report-document.js';
import { REPORT } from '../common/queries.js';

const $ = (id) => document.getElementById(id);
const id = new URLSearchParams(location.search).get('id');
let report = null;

async function load() {
  $('status').textContent = '';
  $('status').className = 'status';
  const data = id ? await graphql(REPORT, { id }) : { report: null };
  report = data.report;
  render();
}

function render() {
  const article = $('report');
  if (!report) {
    article.replaceChildren();
    // anonymous visitors read approved reports only; any other answers null, as an unknown id does
    $('status').textContent = t(authorization() ? 'report.notFound' : 'report.signIn');
    $('status').className = authorization() ? 'status' : 'status sign-in';
    return;
  }
  document.title = `${report.title} – ${report.unit.name}`;
  article.replaceChildren(...reportDocument(report));
}

mountLanguageSwitch($('language'));
mountSignIn($('auth'), () => load().catch(fail));
onLanguageChange(render);
$('print').addEventListener('click', () => window.print());

function fail(error) {
  $('status').textContent = error instanceof GraphQLError && error.needsSignIn ? t('signIn.failed') : error.message;
  $('status').className = 'status error';
}

load().catch(fail);
