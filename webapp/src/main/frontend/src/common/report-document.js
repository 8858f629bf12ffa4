// A report in the layout of an administrative document (Nghị định 30/2020/NĐ-CP): the heading with the issuing
// authority, number, national motto, place and date; the title; the numbered sections; the recipients and the
// signature. The report page prints it, the editor previews a draft with it.
import { t } from './i18n.js';
import { el } from './dom.js';

const upper = (text) => text.toLocaleUpperCase('vi');

/** The document's parts, for an <article class="document">; the report as the REPORT query selects it. */
export function reportDocument(report) {
  // the governing body in full: short names such as "UBND tỉnh" leave out the province
  const authority = report.unit.parent?.name;
  return [
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
  ].flat().filter(Boolean);
}

function renderSection(section, level) {
  return el('section', { className: `level-${level}` },
    el(`h${Math.min(level, 6)}`, {}, `${section.number}. ${section.heading}`),
    section.items.map((item) => el('p', { className: item.bullet ? 'bullet' : 'paragraph' },
      item.bullet ? `- ${item.text}` : item.text)),
    (section.subsections ?? []).map((sub) => renderSection(sub, level + 1)));
}
