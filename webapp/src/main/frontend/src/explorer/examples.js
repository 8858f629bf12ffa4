// The README's example questions, ready to run in the explorer.
export const EXAMPLES = [
  {
    vi: 'Sở đã ban hành những kế hoạch nào trong quý I/2022?',
    en: 'What did the department plan in Q1 2022?',
    query: `# What did the department plan in Q1 2022?
{
  unit(code: "NA-SKHCN") {
    name
    documents(first: 10) { totalCount nodes { number issuedOn subject } }
  }
}`,
  },
  {
    vi: 'Bao nhiêu hồ sơ, bao nhiêu hồ sơ trực tuyến?',
    en: 'How many dossiers, and how many online?',
    query: `# How many dossiers, and how many online?
{
  observations(filter: {unit: {code: {eq: "NA-SKHCN"}}, indicator: {code: {eq: "DOSSIERS_ONLINE"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) {
    nodes { indicator { nameVi } value numerator denominator period { label } }
  }
}`,
  },
  {
    vi: 'Các đơn vị sự nghiệp và cơ chế tự chủ',
    en: 'Which public service units, under which regime?',
    query: `# Which public service units, under which regime?
{
  units(filter: {parent: {code: {eq: "NA-SKHCN"}}, kind: {eq: PUBLIC_SERVICE_UNIT}}) { nodes { name autonomyRegime } }
}`,
  },
  {
    vi: 'Phương hướng, nhiệm vụ quý tới',
    en: 'What does it plan for next quarter?',
    query: `# What does it plan for next quarter? (section IV of the report)
{
  reports(filter: {unit: {code: {eq: "NA-SKHCN"}}, period: {type: {eq: QUARTER}, year: {eq: 2022}, number: {eq: 1}}}) {
    nodes {
      title status signer { name position }
      sections { number heading items { text documents { number } } }
    }
  }
}`,
  },
  {
    vi: 'Tỷ lệ hồ sơ trực tuyến theo thời gian',
    en: 'The online-dossier ratio over time, with its changes',
    query: `# The online-dossier ratio over time, with its changes
{
  observationSeries(indicatorCode: "DOSSIERS_ONLINE", units: {code: {eq: "NA-SKHCN"}},
      from: {type: QUARTER, year: 2021, number: 4}, to: {type: QUARTER, year: 2022, number: 1}) {
    unit { code }
    points { period { label } value { value numerator denominator } changeFromPrevious changeFromYearEarlier }
  }
}`,
  },
  {
    vi: 'Sở nào có tỷ lệ hồ sơ trực tuyến thấp nhất?',
    en: 'Which departments had the lowest online-dossier rate?',
    query: `# Which departments had the lowest online-dossier rate?
{
  ranking(period: {type: QUARTER, year: 2022, number: 1}, units: {kind: {eq: DEPARTMENT}, parent: {code: {eq: "NA-UBND"}}},
      indicatorCode: "DOSSIERS_ONLINE", order: LOWEST_FIRST) {
    order entries { rank unit { code name } value { value numerator denominator } }
  }
}`,
  },
  {
    vi: 'Hồ sơ trễ hạn theo lĩnh vực, từng quý',
    en: 'Late dossiers by procedure field, quarter by quarter',
    query: `# Late dossiers by procedure field, quarter by quarter (the demo province)
{
  dossierStatistics(period: {type: QUARTER, year: 2024, number: 1}, through: {type: QUARTER, year: 2024, number: 4},
      groupBy: [QUARTER, FIELD], filter: {unit: {within: "MH"}}) {
    period { label } field { name } toProcess resolvedLate inProgressOverdue lateRate { numerator denominator percent }
  }
}`,
  },
  {
    vi: 'Kế hoạch kiểm soát thủ tục của các sở trong quý I/2022',
    en: 'Plans on procedure control issued by any department in Q1 2022',
    query: `# Plans on procedure control issued by any department of the province in Q1 2022
{
  documents(filter: {kind: {eq: PLAN}, issuer: {within: "NA", kind: {eq: DEPARTMENT}},
      issuedOn: {gte: "2022-01-01", lte: "2022-03-31"}, search: "kiem soat thu tuc"},
      orderBy: [{field: ISSUED_ON, direction: DESC}]) {
    nodes { number issuedOn subject issuer { name } }
  }
}`,
  },
  {
    vi: 'Văn bản theo số hiệu',
    en: 'A document by its printed number',
    query: `# A document by its printed number
{
  document(number: "96/2010/NĐ-CP") { kind issuedOn issuer { name } links { type document { number } } }
}`,
  },
];
