// The outline of a draft (các phần, mục): sections of the standard layout, their items added, edited, moved and
// removed, and documents cited by searching the directory. The whole outline is written anew on save
// (replaceReportSections), so the page keeps it as one tree and sends it as the API's input.
import { graphql } from '../common/graphql.js';
import { t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { DOCUMENT_SEARCH } from '../common/queries.js';
import { field } from './fields.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The sections a quarterly CCHC report has (as the seed report lays them out), the reform areas under II. */
export function standardOutline(period, areas) {
  const section = (number, heading, area = null, subsections = []) => ({ number, heading, area, documents: [], items: [], subsections });
  const next = period.quarter === 4 ? { q: 1, y: period.year + 1 } : { q: period.quarter + 1, y: period.year };
  const results = [...areas].filter((a) => a.area !== 'DIRECTION_AND_MANAGEMENT').sort((a, b) => a.number - b.number)
    .map((a, i) => section(String(i + 1), a.nameVi, a.area));
  return [
    section('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'DIRECTION_AND_MANAGEMENT'),
    section('II', 'KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH', null, results),
    section('III', 'ĐÁNH GIÁ CHUNG'),
    section('IV', `PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC QUÝ ${ROMAN[next.q - 1]} NĂM ${next.y}`),
  ];
}

/** The report's outline as the editor keeps it: plain objects, documents with their number for display. */
export function outlineOf(sections) {
  return sections.map((s) => ({
    number: s.number, heading: s.heading, area: s.area,
    documents: s.documents.map((d) => ({ id: d.id, number: d.number })),
    items: s.items.map((i) => ({ text: i.text, bullet: i.bullet, documents: i.documents.map((d) => ({ id: d.id, number: d.number })) })),
    subsections: outlineOf(s.subsections ?? []),
  }));
}

/** The outline as replaceReportSections takes it. */
export function outlineInput(sections) {
  return sections.map((s) => ({
    number: s.number, heading: s.heading, area: s.area,
    documents: s.documents.map((d) => d.id),
    items: s.items.map((i) => ({ text: i.text, bullet: i.bullet, documents: i.documents.map((d) => d.id) })),
    subsections: outlineInput(s.subsections),
  }));
}

/**
 * The outline editor in `container`, editing `sections` in place. Structural changes re-render it and put the focus
 * back on the control that made them, so that it is usable from the keyboard alone.
 */
export function mountOutline(container, sections) {
  let focusAfter = null;

  const rerender = (focusId) => {
    focusAfter = focusId;
    render();
  };

  function render() {
    container.replaceChildren(el('ol', { className: 'outline' }, sections.map((s, i) => sectionEditor(s, [i]))));
    if (focusAfter) {
      document.getElementById(focusAfter)?.focus();
      focusAfter = null;
    }
  }

  function sectionEditor(section, at) {
    const path = at.map((n, k) => (k === 0 ? `sections[${n}]` : `subsections[${n}]`)).join('.');
    const key = at.join('-');
    const number = field(t('outline.number'), { path: `${path}.number`, id: `s${key}-number`, value: section.number, size: 4,
      onInput: (e) => { section.number = e.target.value; } });
    const heading = field(t('outline.heading'), { path: `${path}.heading`, id: `s${key}-heading`, value: section.heading, size: 60,
      onInput: (e) => { section.heading = e.target.value; } });
    const addItem = el('button', { type: 'button', className: 'add-item', id: `s${key}-add`, onClick: () => {
      section.items.push({ text: '', bullet: true, documents: [] });
      rerender(`s${key}-i${section.items.length - 1}-text`);
    } }, t('outline.addItem'));
    return el('li', { className: 'section', dataset: { section: key } },
      el('fieldset', {}, el('legend', {}, `${section.number}. ${section.heading}`),
        el('div', { className: 'toolbar' }, number.label, heading.label),
        section.documents.length ? el('p', { className: 'hint' }, `${t('outline.cited')}: ${section.documents.map((d) => d.number).join(', ')}`) : null,
        el('ol', { className: 'items' }, section.items.map((item, j) => itemEditor(section, item, j, path, key))),
        addItem,
        section.subsections.length ? el('ol', { className: 'subsections' },
          section.subsections.map((sub, j) => sectionEditor(sub, [...at, j]))) : null));
  }

  function itemEditor(section, item, j, sectionPath, key) {
    const path = `${sectionPath}.items[${j}]`;
    const id = `s${key}-i${j}`;
    const text = field(t('outline.itemText', { n: j + 1 }), { tag: 'textarea', path: `${path}.text`, id: `${id}-text`, value: item.text,
      rows: 2, onInput: (e) => { item.text = e.target.value; } });
    const bullet = field(t('outline.bullet'), { type: 'checkbox', id: `${id}-bullet`, checked: item.bullet,
      onChange: (e) => { item.bullet = e.target.checked; } });
    const move = (by) => {
      const [moved] = section.items.splice(j, 1);
      section.items.splice(j + by, 0, moved);
      // the focus stays on the moved item's button, or its other one at either end where this one is disabled
      const to = j + by;
      const atEnd = by < 0 ? to === 0 : to === section.items.length - 1;
      rerender(`s${key}-i${to}-${(by < 0) !== atEnd ? 'up' : 'down'}`);
    };
    return el('li', { className: 'item', dataset: { item: `${key}-${j}` } },
      text.label,
      el('div', { className: 'actions' },
        bullet.label,
        el('button', { type: 'button', id: `${id}-up`, className: 'move-up', disabled: j === 0, onClick: () => move(-1),
          ariaLabel: t('outline.up', { n: j + 1 }) }, '↑'),
        el('button', { type: 'button', id: `${id}-down`, className: 'move-down', disabled: j === section.items.length - 1,
          onClick: () => move(1), ariaLabel: t('outline.down', { n: j + 1 }) }, '↓'),
        el('button', { type: 'button', id: `${id}-remove`, className: 'remove danger', onClick: () => {
          section.items.splice(j, 1);
          rerender(section.items.length ? `s${key}-i${Math.min(j, section.items.length - 1)}-text` : `s${key}-add`);
        } }, t('outline.remove')),
        el('button', { type: 'button', id: `${id}-cite`, className: 'cite', onClick: (e) => {
          e.target.closest('li').querySelector('.citations').replaceChildren(searchBox(item, id));
          document.getElementById(`${id}-search`).focus();
        } }, t('outline.cite'))),
      el('ul', { className: 'cited' }, item.documents.map((d, k) => el('li', { dataset: { document: d.number } }, d.number, ' ',
        el('button', { type: 'button', className: 'uncite', ariaLabel: t('outline.uncite', { number: d.number }), onClick: () => {
          item.documents.splice(k, 1);
          rerender(`${id}-cite`);
        } }, '×')))),
      el('div', { className: 'citations' }));
  }

  /** Searching the directory by number or words; a result is cited by the item, once. */
  function searchBox(item, id) {
    const results = el('ul', { className: 'results', id: `${id}-results` });
    let timer = null;
    const search = field(t('outline.search'), { type: 'search', id: `${id}-search`, size: 40, onInput: (e) => {
      clearTimeout(timer);
      const words = e.target.value.trim();
      timer = setTimeout(async () => {
        const found = words ? (await graphql(DOCUMENT_SEARCH, { search: words })).documents.nodes : [];
        results.replaceChildren(...found.map((d) => el('li', {}, el('button', { type: 'button', className: 'result', dataset: { number: d.number },
          onClick: () => {
            if (!item.documents.some((c) => c.id === d.id)) {
              item.documents.push({ id: d.id, number: d.number });
            }
            rerender(`${id}-cite`);
          } }, `${d.number}${d.subject ? ` – ${d.subject}` : ''}`))));
      }, 250);
    } });
    return el('div', { className: 'search' }, search.label, results);
  }

  render();
}
