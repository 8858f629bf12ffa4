// Vietnamese first, English on request; the choice is remembered in this browser (localStorage).
const KEY = 'cchc.language';

const MESSAGES = {
  vi: {
    'app.title': 'Theo dõi cải cách hành chính',
    'nav.dashboard': 'Bảng theo dõi',
    'nav.explorer': 'Truy vấn dữ liệu',
    'nav.workspace': 'Báo cáo của đơn vị',
    'nav.review': 'Duyệt báo cáo',
    'page.signIn': 'Trang này dành cho người dùng đã đăng nhập. Vui lòng đăng nhập ở góc trên bên phải.',
    'auth.user': 'Tài khoản',
    'auth.password': 'Mật khẩu',
    'auth.tokenPlaceholder': 'hoặc mã truy cập',
    'auth.signIn': 'Đăng nhập',
    'auth.signOut': 'Đăng xuất',
    'auth.signedInAs': 'Đăng nhập:',
    'auth.token': 'mã truy cập',
    'signIn.required': 'Số liệu của bảng theo dõi chỉ dành cho người dùng đã đăng nhập (chuyên viên phân tích, Sở Nội vụ, đơn vị báo cáo). Vui lòng đăng nhập ở góc trên bên phải.',
    'signIn.failed': 'Đăng nhập không thành công: tài khoản hoặc mật khẩu không đúng. Vui lòng đăng xuất rồi đăng nhập lại.',
    'signIn.forbidden': 'Tài khoản này không được xem các số liệu này. Vui lòng đăng nhập bằng tài khoản khác.',
    'dashboard.title': 'Cải cách hành chính cấp tỉnh',
    'dashboard.province': 'Tỉnh',
    'dashboard.quarter': 'Quý',
    'dashboard.generated': 'Dữ liệu mô phỏng: tỉnh này do máy sinh ra để minh họa, không phải số liệu thật.',
    'dashboard.generatedShort': 'dữ liệu mô phỏng',
    'unit.points': 'điểm %',
    'dashboard.noData': 'Chưa có số liệu cho tỉnh này.',
    'dashboard.loading': 'Đang tải…',
    'dashboard.error': 'Không tải được số liệu:',
    'dashboard.keyFigures': 'Chỉ số chính',
    'dashboard.fromRecords': 'Theo dữ liệu hồ sơ',
    'dashboard.asReported': 'Theo báo cáo của các đơn vị',
    'dashboard.changeFromPrevious': 'so với quý trước',
    'figure.proceduresFull': 'Thủ tục trực tuyến toàn trình',
    'figure.proceduresPartial': 'Thủ tục trực tuyến một phần',
    'figure.received': 'Hồ sơ tiếp nhận',
    'figure.onlineRate': 'Tỷ lệ hồ sơ trực tuyến',
    'figure.onTimeRate': 'Tỷ lệ giải quyết đúng hạn',
    'figure.late': 'Hồ sơ trễ hạn',
    'figure.reportedReceived': 'Hồ sơ tiếp nhận (báo cáo)',
    'figure.reportedOnline': 'Hồ sơ trực tuyến (báo cáo)',
    'figure.reportedLate': 'Hồ sơ trễ hạn (báo cáo)',
    'chart.dossiers': 'Hồ sơ theo quý',
    'chart.rates': 'Tỷ lệ theo quý (%)',
    'chart.procedures': 'Thủ tục trực tuyến theo quý',
    'chart.lateRate': 'Tỷ lệ trễ hạn',
    'chart.online': 'Hồ sơ trực tuyến',
    'column.findings': 'Phát hiện chưa xử lý',
    'column.severity': 'Mức độ',
    'column.unit': 'Đơn vị',
    'column.rule': 'Quy tắc',
    'column.finding': 'Nội dung',
    'column.comment': 'Ghi chú',
    'findings.title': 'Chất lượng số liệu',
    'findings.unresolved': '(chưa xử lý)',
    'findings.none': 'Không có phát hiện nào trong quý.',
    'drill.findings': 'Phát hiện về chất lượng số liệu',
    'severity.ERROR': 'Lỗi',
    'severity.WARNING': 'Cảnh báo',
    'severity.NOTICE': 'Lưu ý',
    'findingStatus.OPEN': 'Mới phát hiện',
    'findingStatus.ACKNOWLEDGED': 'Đã ghi nhận',
    'findingStatus.RESOLVED': 'Đã xử lý',
    'dashboard.window': 'Hồ sơ tính theo',
    'window.CALENDAR': 'quý dương lịch',
    'window.REPORTING': 'kỳ báo cáo (từ ngày 15)',
    'departments.title': 'Xếp hạng các sở, ngành',
    'departments.rankBy': 'Xếp hạng theo',
    'rate.ON_TIME': 'Tỷ lệ đúng hạn',
    'rate.ONLINE': 'Tỷ lệ trực tuyến',
    'rate.LATE': 'Tỷ lệ trễ hạn',
    'column.rank': 'Hạng',
    'column.department': 'Sở, ngành',
    'column.received': 'Tiếp nhận',
    'column.onlineRate': 'Trực tuyến (%)',
    'column.onTimeRate': 'Đúng hạn (%)',
    'column.late': 'Trễ hạn',
    'column.full': 'TTHC toàn trình',
    'column.partial': 'TTHC một phần',
    'column.code': 'Mã',
    'column.procedure': 'Thủ tục',
    'column.field': 'Lĩnh vực',
    'column.onlineService': 'Mức trực tuyến',
    'column.publicised': 'Công khai',
    'column.indicator': 'Chỉ tiêu',
    'column.value': 'Giá trị',
    'column.source': 'Nguồn',
    'column.report': 'Báo cáo',
    'column.period': 'Kỳ',
    'column.status': 'Trạng thái',
    'drill.procedures': 'Thủ tục hành chính',
    'drill.byField': 'Hồ sơ theo lĩnh vực',
    'drill.observations': 'Số liệu báo cáo trong quý',
    'drill.reports': 'Báo cáo',
    'drill.close': 'Đóng',
    'drill.hint': 'Chọn một sở để xem chi tiết.',
    'list.empty': 'Không có dữ liệu.',
    'download.csv': 'Tải CSV',
    'download.xlsx': 'Tải Excel',
    'online.FULL': 'Toàn trình',
    'online.PARTIAL': 'Một phần',
    'online.NONE': 'Chưa trực tuyến',
    'source.REPORTED': 'Báo cáo',
    'source.COMPUTED': 'Tính từ hồ sơ',
    'status.DRAFT': 'Dự thảo',
    'status.SUBMITTED': 'Đã gửi',
    'status.RETURNED': 'Trả lại',
    'status.APPROVED': 'Đã duyệt',
    'yes': 'Có',
    'no': 'Không',
    'quarter.label': 'Quý {q}/{y}',
    'report.notFound': 'Không tìm thấy báo cáo.',
    'report.signIn': 'Báo cáo này chưa được phê duyệt để công bố, hoặc không tồn tại. Vui lòng đăng nhập để đọc báo cáo.',
    'report.print': 'In báo cáo',
    'report.back': 'Về bảng theo dõi',
    'report.generated': 'Báo cáo mô phỏng (dữ liệu do máy sinh ra), không phải văn bản thật.',
    'explorer.examples': 'Câu hỏi mẫu',
    'explorer.choose': 'Chọn một câu hỏi…',
  },
  en: {
    'app.title': 'Administrative reform monitor',
    'nav.dashboard': 'Dashboard',
    'nav.explorer': 'Query explorer',
    'nav.workspace': 'Unit reports',
    'nav.review': 'Review reports',
    'page.signIn': 'This page is for signed-in users. Please sign in at the top right.',
    'auth.user': 'User',
    'auth.password': 'Password',
    'auth.tokenPlaceholder': 'or access token',
    'auth.signIn': 'Sign in',
    'auth.signOut': 'Sign out',
    'auth.signedInAs': 'Signed in:',
    'auth.token': 'access token',
    'signIn.required': 'The dashboard\'s figures are for signed-in users (analysts, Home Affairs, reporting units). Please sign in at the top right.',
    'signIn.failed': 'Sign-in failed: wrong user or password. Please sign out and sign in again.',
    'signIn.forbidden': 'This account may not read these figures. Please sign in with another account.',
    'dashboard.title': 'Provincial administrative reform',
    'dashboard.province': 'Province',
    'dashboard.quarter': 'Quarter',
    'dashboard.generated': 'Simulated data: this province is generated for demonstration, not real figures.',
    'dashboard.generatedShort': 'simulated data',
    'unit.points': 'pp',
    'dashboard.noData': 'No figures for this province yet.',
    'dashboard.loading': 'Loading…',
    'dashboard.error': 'The figures could not be loaded:',
    'dashboard.keyFigures': 'Key figures',
    'dashboard.fromRecords': 'From dossier records',
    'dashboard.asReported': 'As reported by the units',
    'dashboard.changeFromPrevious': 'from the previous quarter',
    'figure.proceduresFull': 'Procedures fully online',
    'figure.proceduresPartial': 'Procedures partly online',
    'figure.received': 'Dossiers received',
    'figure.onlineRate': 'Online rate',
    'figure.onTimeRate': 'On-time rate',
    'figure.late': 'Late dossiers',
    'figure.reportedReceived': 'Dossiers received (reported)',
    'figure.reportedOnline': 'Online dossiers (reported)',
    'figure.reportedLate': 'Late dossiers (reported)',
    'chart.dossiers': 'Dossiers by quarter',
    'chart.rates': 'Rates by quarter (%)',
    'chart.procedures': 'Online procedures by quarter',
    'chart.lateRate': 'Late rate',
    'chart.online': 'Online dossiers',
    'column.findings': 'Unresolved findings',
    'column.severity': 'Severity',
    'column.unit': 'Unit',
    'column.rule': 'Rule',
    'column.finding': 'Finding',
    'column.comment': 'Comment',
    'findings.title': 'Data quality',
    'findings.unresolved': '(unresolved)',
    'findings.none': 'No finding for the quarter.',
    'drill.findings': 'Data-quality findings',
    'severity.ERROR': 'Error',
    'severity.WARNING': 'Warning',
    'severity.NOTICE': 'Notice',
    'findingStatus.OPEN': 'Open',
    'findingStatus.ACKNOWLEDGED': 'Acknowledged',
    'findingStatus.RESOLVED': 'Resolved',
    'dashboard.window': 'Dossiers counted by',
    'window.CALENDAR': 'calendar quarter',
    'window.REPORTING': 'reporting period (from the 15th)',
    'departments.title': 'Departments ranked',
    'departments.rankBy': 'Rank by',
    'rate.ON_TIME': 'On-time rate',
    'rate.ONLINE': 'Online rate',
    'rate.LATE': 'Late rate',
    'column.rank': 'Rank',
    'column.department': 'Department',
    'column.received': 'Received',
    'column.onlineRate': 'Online (%)',
    'column.onTimeRate': 'On time (%)',
    'column.late': 'Late',
    'column.full': 'Fully online',
    'column.partial': 'Partly online',
    'column.code': 'Code',
    'column.procedure': 'Procedure',
    'column.field': 'Field',
    'column.onlineService': 'Online level',
    'column.publicised': 'Publicised',
    'column.indicator': 'Indicator',
    'column.value': 'Value',
    'column.source': 'Source',
    'column.report': 'Report',
    'column.period': 'Period',
    'column.status': 'Status',
    'drill.procedures': 'Administrative procedures',
    'drill.byField': 'Dossiers by field',
    'drill.observations': 'Reported figures for the quarter',
    'drill.reports': 'Reports',
    'drill.close': 'Close',
    'drill.hint': 'Choose a department for its details.',
    'list.empty': 'Nothing to show.',
    'download.csv': 'Download CSV',
    'download.xlsx': 'Download Excel',
    'online.FULL': 'Fully online',
    'online.PARTIAL': 'Partly online',
    'online.NONE': 'Not online',
    'source.REPORTED': 'Reported',
    'source.COMPUTED': 'Computed from dossiers',
    'status.DRAFT': 'Draft',
    'status.SUBMITTED': 'Submitted',
    'status.RETURNED': 'Returned',
    'status.APPROVED': 'Approved',
    'yes': 'Yes',
    'no': 'No',
    'quarter.label': 'Q{q} {y}',
    'report.notFound': 'No such report.',
    'report.signIn': 'This report is not approved for the public, or does not exist. Please sign in to read it.',
    'report.print': 'Print',
    'report.back': 'Back to the dashboard',
    'report.generated': 'Simulated report (generated data), not a real document.',
    'explorer.examples': 'Example questions',
    'explorer.choose': 'Choose a question…',
  },
};

/** A page's own messages, added to the shared ones: {vi: {...}, en: {...}} with the same keys in both. */
export function addMessages(messages) {
  Object.assign(MESSAGES.vi, messages.vi);
  Object.assign(MESSAGES.en, messages.en);
}

const listeners = [];
let current = localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
document.documentElement.lang = current;

export function language() {
  return current;
}

export function t(key, vars = {}) {
  const text = MESSAGES[current][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function setLanguage(next) {
  current = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
  translateStatic();
  listeners.forEach((listener) => listener());
}

/** Fills every element marked data-i18n="key" with its text. */
export function translateStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
}

/** The VI | EN switch. */
export function mountLanguageSwitch(container) {
  const render = () => {
    container.replaceChildren(...['vi', 'en'].map((code) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = code.toUpperCase();
      b.id = `language-${code}`;
      b.className = code === current ? 'active' : '';
      b.setAttribute('aria-pressed', String(code === current));
      b.addEventListener('click', () => setLanguage(code));
      return b;
    }));
  };
  render();
  onLanguageChange(render);
  translateStatic();
}

const locale = () => (current === 'vi' ? 'vi-VN' : 'en-GB');

export function formatNumber(value, digits = 0) {
  if (value === null || value === undefined) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A change with its sign: +3, −1,5; blank when unknown. */
export function formatChange(value, digits = 0) {
  if (value === null || value === undefined) {
    return '';
  }
  return new Intl.NumberFormat(locale(), {
    maximumFractionDigits: digits, minimumFractionDigits: digits, signDisplay: 'exceptZero',
  }).format(value);
}

export function quarterLabel(period) {
  return t('quarter.label', { q: period.quarter, y: period.year });
}
