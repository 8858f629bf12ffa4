// From a Word file (workspace/ingest.html): a reporter uploads its report as it wrote it (.docx, .doc, .txt, a PDF with
// text), reads the ingestion's proposal beside the source text, the words of the fact in hand marked in its sentence,
// accepts, edits or rejects facts, and makes the draft of the accepted ones, which the editor takes on. Each decision
// is the API's (reviewReportIngestion, checked against the version read): the page keeps only the edits not yet sent.
import './workspace.css';
import './ingest.css';
import './messages.js';
import { GraphQLError, allNodes, appUrl, graphql, mutate, upload } from '../common/graphql.js';
import { addMessages, formatNumber, language, onLanguageChange, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { askToSignIn, may, showError, showStatus, startPage, viewer } from '../common/page.js';
import { REPORTING_UNITS, REPORT_INGESTION } from '../common/queries.js';
import { dropZone } from './drop-zone.js';
import { showFieldErrors } from './fields.js';
import { DRAFT_REPORT_FROM_INGESTION, REVIEW_REPORT_INGESTION } from './mutations.js';

const KINDS = ['HEADING', 'SECTION', 'ITEM', 'DOCUMENT', 'FIGURE', 'UNIT', 'RECIPIENT', 'SIGNER'];
const DECISIONS = ['PROPOSED', 'ACCEPTED', 'REJECTED'];
const FLAGS = ['APPROXIMATE', 'INCOMPLETE', 'NEGATIVE_STATEMENT', 'PARTS_MISMATCH', 'PERCENT_MISMATCH'];
// the names of the values a fact kind has (FactKind), in the order the page shows their inputs
const VALUES = ['indicator', 'value', 'numerator', 'denominator', 'approximation', 'statedPercent', 'scope', 'field',
  'dossierKind', 'dossierKindLabel', 'number', 'heading', 'area', 'documents', 'text', 'bullet', 'kind', 'issuedOn',
  'issuer', 'drafted', 'subject', 'amends', 'planYear', 'planType', 'name', 'autonomyRegime', 'position'];

const messages = {
  vi: {
    'ingest.title': 'Nhập báo cáo từ tệp Word',
    'ingest.upload': 'Tệp báo cáo',
    'ingest.choose': 'Chọn tệp báo cáo (.docx, .doc, .txt, PDF có chữ), hoặc kéo thả tệp vào ô này',
    'ingest.formats': 'Tệp được đọc thành các đoạn văn; mỗi dữ kiện (phần đầu, mục, nội dung, văn bản trích dẫn, số liệu, nơi nhận, người ký) được đề xuất kèm câu nguồn để xem xét. Tệp ảnh chụp hoặc bản quét không đọc được.',
    'ingest.notAllowed': 'Tài khoản này không được nhập báo cáo. Chỉ đơn vị báo cáo (cho các đơn vị của mình) và quản trị viên được nhập báo cáo từ tệp.',
    'ingest.notFound': 'Không có lượt nhập báo cáo {id}, hoặc tài khoản này không được xem lượt nhập đó.',
    'ingest.sending': 'Đang gửi và đọc tệp {name}…',
    'ingest.read': 'Đã đọc tệp {name}: {facts} dữ kiện được đề xuất.',
    'ingest.proposal': 'Đề xuất từ tệp {name}',
    'ingest.file': '{unit} · {format} · {size} byte · tải lên lúc {when}',
    'ingest.decisions': '{total} dữ kiện: {PROPOSED} chưa xem xét, {ACCEPTED} chấp nhận, {REJECTED} loại bỏ.',
    'ingest.acceptRest': 'Chấp nhận các dữ kiện còn lại',
    'ingest.makeDraft': 'Lập báo cáo dự thảo',
    'ingest.drafted': 'Báo cáo dự thảo đã được lập từ các dữ kiện đã chấp nhận; từ nay báo cáo được soạn tiếp trong trang soạn báo cáo.',
    'ingest.openDraft': 'Mở báo cáo dự thảo',
    'ingest.draftMade': 'Đã lập báo cáo dự thảo.',
    'ingest.draftRefused': 'Chưa lập được báo cáo dự thảo: {count} dữ kiện cần sửa hoặc loại bỏ (xem ghi chú tại từng dữ kiện).',
    'ingest.saved': 'Đã lưu quyết định.',
    'ingest.conflict': 'Lượt nhập vừa được người khác xem xét. Quyết định của bạn chưa được lưu; hãy tải lại để xem bản mới nhất.',
    'ingest.reload': 'Tải lại lượt nhập',
    'ingest.kind': 'Loại dữ kiện',
    'ingest.allKinds': 'Tất cả',
    'ingest.source': 'Văn bản nguồn',
    'ingest.facts': 'Các dữ kiện đề xuất',
    'ingest.confidence': 'độ tin cậy {percent} %',
    'ingest.inDirectory': 'Đã có trong danh mục: {number}, sẽ được trích dẫn như hiện có.',
    'ingest.newDocument': 'Chưa có trong danh mục: sẽ được ghi mới khi lập dự thảo.',
    'ingest.edited': 'đã sửa',
    'ingest.accept': 'Chấp nhận',
    'ingest.reject': 'Loại bỏ',
    'ingest.undo': 'Xem xét lại',
    'ingest.saveEdit': 'Lưu giá trị đã sửa',
    'ingest.showInText': 'Xem trong văn bản',
    'factKind.HEADING': 'Phần đầu',
    'factKind.SECTION': 'Mục',
    'factKind.ITEM': 'Nội dung',
    'factKind.DOCUMENT': 'Văn bản trích dẫn',
    'factKind.FIGURE': 'Số liệu',
    'factKind.UNIT': 'Đơn vị',
    'factKind.RECIPIENT': 'Nơi nhận',
    'factKind.SIGNER': 'Người ký',
    'decision.PROPOSED': 'Chưa xem xét',
    'decision.ACCEPTED': 'Chấp nhận',
    'decision.REJECTED': 'Loại bỏ',
    'flag.APPROXIMATE': 'Số xấp xỉ: cần sửa thành số chính xác',
    'flag.INCOMPLETE': 'Còn để trống',
    'flag.NEGATIVE_STATEMENT': 'Suy ra từ câu phủ định',
    'flag.PARTS_MISMATCH': 'Các phần không khớp tổng',
    'flag.PERCENT_MISMATCH': 'Tỷ lệ in trong văn bản không khớp',
    'value.value': 'Giá trị', 'value.indicator': 'Chỉ tiêu', 'value.numerator': 'Tử số', 'value.denominator': 'Mẫu số',
    'value.approximation': 'Xấp xỉ', 'value.statedPercent': 'Tỷ lệ in', 'value.scope': 'Phạm vi', 'value.field': 'Lĩnh vực',
    'value.dossierKind': 'Loại hồ sơ', 'value.dossierKindLabel': 'Tên loại hồ sơ', 'value.number': 'Số', 'value.heading': 'Tiêu đề',
    'value.area': 'Lĩnh vực cải cách', 'value.documents': 'Văn bản trích dẫn', 'value.text': 'Nội dung', 'value.bullet': 'Gạch đầu dòng',
    'value.kind': 'Loại văn bản', 'value.issuedOn': 'Ngày ban hành', 'value.issuer': 'Cơ quan ban hành', 'value.drafted': 'Tham mưu ban hành',
    'value.subject': 'Trích yếu', 'value.amends': 'Sửa đổi, bổ sung', 'value.planYear': 'Năm kế hoạch', 'value.planType': 'Loại kế hoạch',
    'value.name': 'Tên', 'value.autonomyRegime': 'Cơ chế tự chủ', 'value.position': 'Chức vụ',
  },
  en: {
    'ingest.title': 'Take in a Word report',
    'ingest.upload': 'Report file',
    'ingest.choose': 'Choose the report file (.docx, .doc, .txt, a PDF with text), or drop it on this box',
    'ingest.formats': 'The file is read into paragraphs; every fact (heading, sections, items, cited documents, figures, recipients, signer) is proposed with the sentence it came from, for review. A photo or a scan cannot be read.',
    'ingest.notAllowed': 'This account may not take reports in. Reporting units (for their own units) and administrators take reports in from files.',
    'ingest.notFound': 'There is no report ingestion {id}, or this account may not see it.',
    'ingest.sending': 'Sending and reading {name}…',
    'ingest.read': 'Read {name}: {facts} facts proposed.',
    'ingest.proposal': 'Proposal from {name}',
    'ingest.file': '{unit} · {format} · {size} bytes · uploaded {when}',
    'ingest.decisions': '{total} facts: {PROPOSED} undecided, {ACCEPTED} accepted, {REJECTED} rejected.',
    'ingest.acceptRest': 'Accept the undecided facts',
    'ingest.makeDraft': 'Make the draft report',
    'ingest.drafted': 'A draft report was made of the accepted facts; from now on it is edited in the report editor.',
    'ingest.openDraft': 'Open the draft report',
    'ingest.draftMade': 'The draft report has been made.',
    'ingest.draftRefused': 'No draft was made: {count} facts need an edit or to be rejected (see the note at each).',
    'ingest.saved': 'Decision saved.',
    'ingest.conflict': 'Someone else has just reviewed this ingestion. Your decision was not saved; reload to see the latest version.',
    'ingest.reload': 'Reload the ingestion',
    'ingest.kind': 'Kind of fact',
    'ingest.allKinds': 'All',
    'ingest.source': 'Source text',
    'ingest.facts': 'Proposed facts',
    'ingest.confidence': 'confidence {percent} %',
    'ingest.inDirectory': 'In the directory: {number}, cited as it is.',
    'ingest.newDocument': 'Not in the directory: recorded anew when the draft is made.',
    'ingest.edited': 'edited',
    'ingest.accept': 'Accept',
    'ingest.reject': 'Reject',
    'ingest.undo': 'Undecide',
    'ingest.saveEdit': 'Save the edited values',
    'ingest.showInText': 'Show in the text',
    'factKind.HEADING': 'Heading',
    'factKind.SECTION': 'Section',
    'factKind.ITEM': 'Item',
    'factKind.DOCUMENT': 'Cited document',
    'factKind.FIGURE': 'Figure',
    'factKind.UNIT': 'Unit',
    'factKind.RECIPIENT': 'Recipient',
    'factKind.SIGNER': 'Signer',
    'decision.PROPOSED': 'Undecided',
    'decision.ACCEPTED': 'Accepted',
    'decision.REJECTED': 'Rejected',
    'flag.APPROXIMATE': 'Approximate: edit it to an exact value',
    'flag.INCOMPLETE': 'Left blank',
    'flag.NEGATIVE_STATEMENT': 'Read from a negative statement',
    'flag.PARTS_MISMATCH': 'The parts do not add up',
    'flag.PERCENT_MISMATCH': 'The printed percentage does not match',
    'value.value': 'Value', 'value.indicator': 'Indicator', 'value.numerator': 'Numerator', 'value.denominator': 'Denominator',
    'value.approximation': 'Approximation', 'value.statedPercent': 'Printed percentage', 'value.scope': 'Scope', 'value.field': 'Field',
    'value.dossierKind': 'Dossier kind', 'value.dossierKindLabel': 'Dossier kind as printed', 'value.number': 'Number', 'value.heading': 'Heading',
    'value.area': 'Reform area', 'value.documents': 'Cited documents', 'value.text': 'Text', 'value.bullet': 'Bullet',
    'value.kind': 'Document kind', 'value.issuedOn': 'Issued on', 'value.issuer': 'Issuer', 'value.drafted': 'Drafted',
    'value.subject': 'Subject', 'value.amends': 'Amends', 'value.planYear': 'Plan year', 'value.planType': 'Plan type',
    'value.name': 'Name', 'value.autonomyRegime': 'Autonomy regime', 'value.position': 'Position',
  },
};
addMessages(messages);

const content = document.getElementById('content');
const params = new URLSearchParams(location.search);
// edits: the values typed into a fact and not sent yet, by ordinal, kept across renders
let state = { units: [], ingestion: null, selected: null, kind: '', sending: null, edits: {} };

async function load(who) {
  state = { ...state, ingestion: null, selected: null, sending: null, edits: {} };
  if (!who.name) {
    content.replaceChildren();
    askToSignIn();
    return;
  }
  if (!may('INGEST_REPORT')) {
    content.replaceChildren(el('p', { id: 'no-ingest', className: 'hint' }, t('ingest.notAllowed')));
    return;
  }
  if (!who.unit && !state.units.length) { // those who take in any unit's report choose it; a reporter's is its own
    state.units = (await allNodes(REPORTING_UNITS, {}, 'units')).filter((u) => u.kind !== 'PROVINCE');
  }
  const id = params.get('id');
  if (id) {
    state.ingestion = (await graphql(REPORT_INGESTION, { id })).reportIngestion;
    if (!state.ingestion) {
      showError(new Error(t('ingest.notFound', { id })));
    }
  }
  render();
}

async function send(file) {
  if (state.sending !== null) {
    return;
  }
  const unitCode = viewer().unit?.code ?? document.getElementById('unit').value;
  state = { ...state, sending: file.name, ingestion: null, selected: null, edits: {} };
  render();
  showStatus(t('ingest.sending', { name: file.name }));
  try {
    const { ingestionId } = await upload('ingest/reports', { unitCode, fileName: file.name }, file);
    params.set('id', ingestionId);
    history.replaceState(null, '', `?${params}`);
    state.ingestion = (await graphql(REPORT_INGESTION, { id: ingestionId })).reportIngestion;
    showStatus(t('ingest.read', { name: file.name, facts: formatNumber(state.ingestion.facts.length) }));
  } catch (error) {
    showError(error);
  } finally {
    state.sending = null;
    render();
  }
}

/** Redraws the page from the state, the focus kept on the control that had it and the source text where it was. */
function render() {
  const focused = document.activeElement?.dataset?.focus;
  const scrolled = document.getElementById('paragraphs')?.scrollTop ?? 0;
  content.replaceChildren(uploadView(), ...(state.ingestion ? [summaryView(), el('div', { className: 'ingest-review' }, sourceView(), factsView())] : []));
  const paragraphs = document.getElementById('paragraphs');
  if (paragraphs) {
    paragraphs.scrollTop = scrolled;
  }
  if (focused) {
    content.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }
}

function uploadView() {
  const unitControl = viewer().unit
    ? el('p', { className: 'hint', id: 'own-unit' }, `${t('workspace.unit')}: ${viewer().unit.name}`)
    : el('label', {}, t('workspace.unit'), el('select', {
      id: 'unit',
      onChange: (e) => {
        params.set('unit', e.target.value);
        history.replaceState(null, '', `?${params}`);
      },
    }, state.units.map((u) => el('option', {
      value: u.code, selected: u.code === (state.ingestion?.unit.code ?? params.get('unit')),
    }, `${u.name} (${u.code})`))));
  const zone = dropZone({
    inputId: 'report-file',
    accept: '.docx,.doc,.txt,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,text/plain,application/pdf',
    label: t('ingest.choose'),
    hint: t('ingest.formats'),
    disabled: state.sending !== null,
    onFile: send,
  });
  return el('section', { id: 'upload' }, el('h2', {}, t('ingest.upload')), unitControl, zone);
}

function counts() {
  const byDecision = Object.fromEntries(DECISIONS.map((d) => [d, 0]));
  state.ingestion.facts.forEach((f) => { byDecision[f.decision] += 1; });
  return byDecision;
}

function summaryView() {
  const ingestion = state.ingestion;
  const byDecision = counts();
  const drafted = ingestion.state === 'DRAFTED';
  return el('section', { id: 'ingestion', dataset: { ingestion: ingestion.id, state: ingestion.state, version: ingestion.version } },
    el('h2', {}, t('ingest.proposal', { name: ingestion.fileName })),
    el('p', { className: 'hint' }, t('ingest.file', {
      unit: ingestion.unit.name,
      format: ingestion.format + (ingestion.charset ? ` ${ingestion.charset}` : ''),
      size: formatNumber(ingestion.fileSize),
      when: new Date(ingestion.createdAt).toLocaleString(language() === 'en' ? 'en-GB' : 'vi-VN'),
    })),
    el('div', { id: 'conflict', className: 'conflict', hidden: true, role: 'alert' }),
    el('p', { id: 'decisions', dataset: Object.fromEntries(DECISIONS.map((d) => [d.toLowerCase(), byDecision[d]])) }, t('ingest.decisions', { total: formatNumber(ingestion.facts.length), ...byDecision })),
    drafted
      ? el('p', { id: 'drafted' }, t('ingest.drafted'), ' ',
        el('a', { className: 'button primary', id: 'to-draft', href: appUrl(`workspace/report.html?id=${ingestion.report.id}`) }, t('ingest.openDraft')))
      : el('div', { className: 'toolbar' },
        el('button', { type: 'button', id: 'accept-rest', dataset: { focus: 'accept-rest' }, disabled: !byDecision.PROPOSED, onClick: () => review([], true) },
          t('ingest.acceptRest')),
        el('button', { type: 'button', id: 'make-draft', className: 'primary', dataset: { focus: 'make-draft' }, onClick: draft }, t('ingest.makeDraft'))),
    el('div', { className: 'toolbar' }, el('label', {}, t('ingest.kind'), el('select', {
      id: 'kind',
      dataset: { focus: 'kind' },
      onChange: (e) => {
        state.kind = e.target.value;
        render();
      },
    }, ['', ...KINDS].map((k) => el('option', { value: k, selected: k === state.kind }, k ? t(`factKind.${k}`) : t('ingest.allKinds')))))));
}

const selectedFact = () => state.ingestion.facts.find((f) => f.ordinal === state.selected);

/** A paragraph's text, the fact's words marked where its span lies in it (a span may run on into the next). */
function marked(text, index, fact) {
  const span = fact?.span;
  if (!span || index < span.paragraph || index > span.lastParagraph) {
    return [text];
  }
  const from = index === span.paragraph ? span.start : 0;
  const to = index === span.lastParagraph ? span.end : text.length;
  return [text.slice(0, from), el('mark', {}, text.slice(from, to)), text.slice(to)];
}

function paragraphsOf(fact) {
  return state.ingestion.paragraphs.map((text, i) => el('p', {
    dataset: { paragraph: i },
    className: fact && i >= fact.span.paragraph && i <= fact.span.lastParagraph ? 'current' : '',
  }, ...marked(text, i, fact)));
}

function sourceView() {
  return el('section', { id: 'source' },
    el('h2', { id: 'source-title' }, t('ingest.source')),
    // a region of its own that scrolls beside the facts; focusable, so that it scrolls from the keyboard too
    el('div', { id: 'paragraphs', className: 'paragraphs', tabIndex: 0, role: 'region', ariaLabel: t('ingest.source') },
      paragraphsOf(selectedFact())));
}

/** Marks the fact's words in the source text and brings them into view there, its card marked as the one in hand. */
function select(ordinal) {
  if (state.selected === ordinal) {
    return;
  }
  state.selected = ordinal;
  const paragraphs = document.getElementById('paragraphs');
  paragraphs.replaceChildren(...paragraphsOf(selectedFact()));
  content.querySelectorAll('.fact').forEach((card) => card.classList.toggle('selected', Number(card.dataset.fact) === ordinal));
  const mark = paragraphs.querySelector('mark');
  if (mark) {
    paragraphs.scrollTop = mark.offsetTop - paragraphs.clientHeight / 3; // the list is the mark's offset parent
  }
}

function factsView() {
  const facts = state.ingestion.facts.filter((f) => !state.kind || f.kind === state.kind);
  return el('section', { id: 'facts' },
    el('h2', {}, t('ingest.facts')),
    el('ol', { className: 'facts' }, facts.map(factCard)));
}

const decisionBadge = (decision) => el('span', { className: `badge ${decision}`, dataset: { decision } }, t(`decision.${decision}`));

/** The fact's values with the edits typed into them, as reviewReportIngestion takes them. */
function valuesOf(fact) {
  const edits = state.edits[fact.ordinal] ?? {};
  const place = (name) => (VALUES.includes(name) ? VALUES.indexOf(name) : VALUES.length);
  return fact.values.map((v) => ({ name: v.name, value: edits[v.name] ?? v.value })).sort((a, b) => place(a.name) - place(b.name));
}

function valueInput(fact, { name, value }, readOnly) {
  const props = {
    value,
    readOnly,
    dataset: { path: `facts[${fact.ordinal}].${name}`, focus: `${fact.ordinal}-${name}`, name },
    onInput: (e) => {
      (state.edits[fact.ordinal] ??= {})[name] = e.target.value;
    },
  };
  const control = value.length > 60 ? el('textarea', { ...props, rows: Math.min(6, Math.ceil(value.length / 60)) }) : el('input', props);
  return el('label', { className: 'field' }, VALUES.includes(name) ? t(`value.${name}`) : name, control);
}

function factCard(fact) {
  const readOnly = state.ingestion.state === 'DRAFTED';
  const focus = (action) => ({ focus: `${fact.ordinal}-${action}` });
  const decide = (decision) => review([{ fact: fact.ordinal, decision }]);
  return el('li', {
    className: `fact ${fact.ordinal === state.selected ? 'selected' : ''}`,
    dataset: { fact: fact.ordinal, kind: fact.kind, key: fact.key, decision: fact.decision, edited: fact.edited },
    // the fact in hand is the one the user is in, by pointer or keyboard
    onFocusin: () => select(fact.ordinal),
    onClick: () => select(fact.ordinal),
  },
  el('div', { className: 'fact-head' },
    el('strong', {}, `${fact.ordinal}. ${t(`factKind.${fact.kind}`)}`), ' ',
    el('code', {}, fact.key), ' ',
    decisionBadge(fact.decision),
    fact.edited ? el('span', { className: 'hint' }, ` ${t('ingest.edited')}`) : null,
    el('span', { className: 'hint' }, ` · ${t('ingest.confidence', { percent: formatNumber(fact.confidence * 100) })}`)),
  el('blockquote', { className: 'quote' }, fact.quote),
  fact.flags.length ? el('ul', { className: 'flags' }, fact.flags.map((f) => el('li', { dataset: { flag: f } }, FLAGS.includes(f) ? t(`flag.${f}`) : f))) : null,
  fact.kind === 'DOCUMENT'
    ? el('p', { className: 'hint directory' }, fact.document ? t('ingest.inDirectory', { number: fact.document.number }) : t('ingest.newDocument'))
    : null,
  el('fieldset', { className: 'values', dataset: { path: `facts[${fact.ordinal}]` } },
    el('legend', { className: 'visually-hidden' }, `${fact.ordinal}. ${t(`factKind.${fact.kind}`)} ${fact.key}`),
    valuesOf(fact).map((v) => valueInput(fact, v, readOnly))),
  readOnly ? null : el('div', { className: 'actions' },
    el('button', { type: 'button', className: 'show', dataset: focus('show'), onClick: () => select(fact.ordinal) }, t('ingest.showInText')),
    fact.decision === 'ACCEPTED' ? null : el('button', { type: 'button', className: 'accept', dataset: focus('accept'), onClick: () => decide('ACCEPTED') }, t('ingest.accept')),
    fact.decision === 'REJECTED' ? null : el('button', { type: 'button', className: 'reject danger', dataset: focus('reject'), onClick: () => decide('REJECTED') }, t('ingest.reject')),
    fact.decision === 'PROPOSED' ? null : el('button', { type: 'button', className: 'undo', dataset: focus('undo'), onClick: () => decide('PROPOSED') }, t('ingest.undo')),
    el('button', {
      type: 'button',
      className: 'save-edit',
      dataset: focus('save'),
      onClick: () => review([{ fact: fact.ordinal, values: valuesOf(fact) }]),
    }, t('ingest.saveEdit'))));
}

/** Takes in the facts' decisions and values as the API answered them. */
function merge(answer) {
  const byOrdinal = new Map(answer.facts.map((f) => [f.ordinal, f]));
  const ingestion = state.ingestion;
  state.ingestion = { ...ingestion, version: answer.version, state: answer.state, facts: ingestion.facts.map((f) => ({ ...f, ...byOrdinal.get(f.ordinal) })) };
}

function conflict() {
  const banner = document.getElementById('conflict');
  banner.hidden = false;
  banner.replaceChildren(el('p', {}, t('ingest.conflict')),
    el('button', { type: 'button', id: 'reload', onClick: () => load(viewer()).catch(showError) }, t('ingest.reload')));
  banner.querySelector('button').focus();
}

/**
 * Shows a refusal: a stale version as a conflict, the rules broken at the facts they name (with `summary` and the
 * messages no fact shows in #status), anything else in #status.
 */
function refused(error, fields, summary = '') {
  if (error instanceof GraphQLError && error.conflict) {
    conflict();
  } else if (error instanceof GraphQLError && fields.size) {
    const said = [summary, ...showFieldErrors(document.getElementById('facts'), fields)].filter(Boolean);
    if (said.length) {
      showError(new Error(said.join(' · ')));
    }
  } else {
    showError(error);
  }
}

async function review(facts, acceptRest = false) {
  const ingestion = state.ingestion;
  try {
    const answer = (await mutate(REVIEW_REPORT_INGESTION, { input: { ingestionId: ingestion.id, version: ingestion.version, facts, acceptRest } }))
      .reviewReportIngestion;
    merge({ ...answer.ingestion, version: answer.version }); // the payload's version is the one the write made
    facts.forEach((f) => delete state.edits[f.fact]);
    render();
    showStatus(t('ingest.saved'));
  } catch (error) {
    // the review names a fact by its place in the list sent: facts[0].value is the first one's
    const fields = error instanceof GraphQLError ? new Map([...error.fields].map(([path, texts]) =>
      [path.replace(/^facts\[(\d+)\]/, (whole, i) => (facts[i] ? `facts[${facts[i].fact}]` : whole)), texts])) : new Map();
    refused(error, fields);
  }
}

async function draft() {
  const ingestion = state.ingestion;
  try {
    await mutate(DRAFT_REPORT_FROM_INGESTION, { input: { ingestionId: ingestion.id, version: ingestion.version } });
    state.ingestion = (await graphql(REPORT_INGESTION, { id: ingestion.id })).reportIngestion;
    render();
    showStatus(t('ingest.draftMade'));
    document.getElementById('to-draft').focus();
  } catch (error) {
    // the draft names each broken rule at its fact by ordinal (facts[61].value): all of them shown, whatever the filter
    const fields = error instanceof GraphQLError ? error.fields : new Map();
    if (fields.size && state.kind) {
      state.kind = '';
      render();
    }
    const facts = new Set([...fields.keys()].map((path) => path.match(/^facts\[\d+\]/)?.[0] ?? path));
    refused(error, fields, t('ingest.draftRefused', { count: formatNumber(facts.size) }));
  }
}

onLanguageChange(() => {
  if (!viewer()?.name) {
    return;
  }
  if (!may('INGEST_REPORT')) {
    document.getElementById('no-ingest').textContent = t('ingest.notAllowed');
    return;
  }
  render();
});

startPage(load);
