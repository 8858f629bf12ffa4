// A report rendered from its data in the layout of an administrative document (Nghị định 30/2020/NĐ-CP): the
// heading with the issuing authority, number, national motto, place and date; the title; the numbered sections;
// the recipients and the signature. report.html?id=<report id>.
import '../common/common.css';
import './report.css';
import { GraphQLError, graphql } from '../common/graphql.js';
import { authorization, mountSignIn } from '../common/auth.js';
import { mountLanguageSwitch, onLanguageChange, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { REPORT } from '../common/queries.js';

const $ = (id) => document.getElementById(id);
const upper = (text) => text.toLocaleUpperCase('vi');
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
  // the governing body in full: short names such as "UBND tỉnh" leave out the province
  const authority = report.unit.parent?.name;
  article.replaceChildren(...[
    report.unit.generated ? el('p', { className: 'generated' }, t('report.generated')) : null,
    el('header', { className: 'heading' },
      el('div', { className: 'issuer' },
        authority ? el('div', { className: 'authority' }, upper(authority)) : null,
        el('div', { className: 'unit' }, upper(report.unit.shortName ?? report.unit.name)),
        el('div', { className: 'rule' }),
        report.number !== null ? el('div', { className: 'number' }, `Số: ${report.number}`) : null),
      el('div', { className: 'motto' },
        el('div', { className: 'nation' }, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
        el('div', { className: 'freedom' }, 'Độc lập - Tự do - Hạnh phúc'),
        el('div', { className: 'rule' }),
        el('div', { className: 'dateline' }, [report.place, report.dateLine].filter(Boolean).join(', ')))),
    el('h1', { className: 'title' },
      el('span', { className: 'kind' }, 'BÁO CÁO'),
      el('span', { className: 'subject' }, report.title)),
    report.sections.map((section) => renderSection(section, 2)),
    el('footer', { className: 'closing' },
      el('div', { className: 'recipients' },
        el('div', { className: 'label' }, 'Nơi nhận:'),
        el('ul', {}, report.recipients.map((r, i) => el('li', {},
          `- ${r.text}${i === report.recipients.length - 1 ? '.' : ';'}`)))),
      report.signer ? el('div', { className: 'signature' },
        el('div', { className: 'position' }, upper(report.signer.position)),
        el('div', { className: 'name' }, report.signer.name)) : null),
  ].flat().filter(Boolean));
}

function renderSection(section, level) {
  return el('section', { className: `level-${level}` },
    el(`h${Math.min(level, 6)}`, {}, `${section.number}. ${section.heading}`),
    section.items.map((item) => el('p', { className: item.bullet ? 'bullet' : 'paragraph' },
      item.bullet ? `- ${item.text}` : item.text)),
    (section.subsections ?? []).map((sub) => renderSection(sub, level + 1)));
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
