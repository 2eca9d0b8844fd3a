/** Every word the site prints, in English: the same keys as zh.ts (see words.ts). */
import { formatNumber, formatValue, valueInWords } from './numbers.ts';
import { formatDate } from './period.ts';
import type { Unit } from '../data/schema.ts';
import type { Words } from './words.ts';

const UNCOUNTED = new Set<Unit>(['yuan', 'yuan-per-set']);

const pages = (first: number, last = first) => (first === last ? `p. ${first}` : `pp. ${first}–${last}`);
const qualifiers = {
  exact: 'exact',
  at_least: 'more than (余 or 多)',
  approximately: 'nearly (近)',
  rounded: 'rounded (as stated)',
};
const date = (d: string) => formatDate(d, 'en');
/** Names joined as in a sentence: A; A and B; A, B and C. */
const andList = (names: string[]) =>
  names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
/** A name in sentence case as it reads inside a sentence: `Suspects arrested` → `suspects arrested`; `GoIP…`, `U-shields…` stay. */
const inSentence = (name: string) =>
  /^[A-Z][a-z]+(?=[\s-]|$)/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

export const en: Words = {
  site: {
    siteName: 'Crackdown Data',
    siteTagline: 'Police figures on the card-breaking campaign and personal-information crime',
    nav: {
      overview: 'Overview',
      places: 'Places',
      campaigns: 'Campaigns & cases',
      metrics: 'Metrics',
      methodology: 'Methodology',
      data: 'Data',
    },
    mainNav: 'Main',
    footer: 'Every figure is traced to its page and sentence in the published source.',
    switchLanguage: '中文',
    switchLanguageLabel: 'Switch to Chinese',
    skip: 'Skip to content',
    page: pages,
    atPage: (page, text) => `${page}: ${text}`,
    publication: (title: string) => `“${title}”`,
    publicationUnknown: 'a Chinese police magazine (title not in the extracted text)',
    sourceLine: (publication: string, pages: string) => `Source: ${publication}, ${pages}`,
    sentenceEnd: '. ',
    colon: ': ',
    comma: ', ',
    labelled: (label: string, text: string) => `${label}: ${text}`,
    aside: (text: string) => ` (${text})`,
    listSeparator: '; ',
    and: ' and ',
    /** A title naming some of its metrics: `Bank and phone cards seized and 2 more`. */
    andMore: (list: string, more: number, _total: number) => `${list} and ${more} more`,
    /**
     * Names written as one title, not joined: words the names share are said once (`Bank cards
     * seized`, `Phone cards seized` → `Bank and phone cards seized`; `Sales channels penalised`,
     * `Sales channels shut` → `Sales channels penalised and shut`), later names in sentence case.
     */
    nameList: (names: string[]) => {
      const split = names.map((n, i) => (i === 0 ? n : inSentence(n)).split(' '));
      const shared = (pick: (w: string[], i: number) => string | undefined) => {
        let n = 0;
        while (
          split.every(
            (w) => w.length > n + 1 && pick(w, n)?.toLowerCase() === pick(split[0]!, n)?.toLowerCase(),
          )
        )
          n++;
        return n;
      };
      const head = names.length > 1 ? shared((w, i) => w[i]) : 0;
      const tail = names.length > 1 && head === 0 ? shared((w, i) => w[w.length - 1 - i]) : 0;
      const rest = split.map((w, i) => {
        const part = w.slice(head, w.length - tail);
        return (i === 0 && head === 0 ? part : part.map((x, j) => (j === 0 ? inSentence(x) : x))).join(' ');
      });
      const list =
        rest.length > 2 ? `${rest.slice(0, -1).join(', ')} and ${rest.at(-1)}` : rest.join(' and ');
      return [...split[0]!.slice(0, head), list, ...split[0]!.slice(split[0]!.length - tail)].join(' ');
    },
    dateRange: (from: string, to: string) => `${from} to ${to}`,
    titleOf: (place: string, metric: string) => `${place}: ${metric}`,
    /** A figure as its page is titled: `Gansu · Suspects arrested: 2,289 people`. */
    figureTitle: (place: string, metric: string, shown: string) => `${place} · ${metric}: ${shown}`,
    ofWhich: (label: string) => `${label} (of which)`,
    partsNote: 'Some bars are parts of another (其中): do not add them.',
    figureCount: (n: number) => (n === 1 ? '1 figure' : `${n} figures`),
    metricGroups: {
      people: 'People caught and identified',
      crime: 'Cases, gangs and dens',
      seized: 'Cards, devices and records seized',
      money: 'Money',
      operators: 'Phone numbers and sales channels',
      police: 'Police work: officers, reach and time',
    },
    metricGroupCounts: (metrics: number, figures: number) =>
      `${metrics === 1 ? '1 metric' : `${metrics} metrics`}, ${figures === 1 ? '1 figure' : `${figures} figures`}`,
    metricCounts: (figures: number, unit: string) =>
      `${figures === 1 ? '1 figure' : `${figures} figures`} · unit: ${unit}`,
    metricsLead:
      'Grouped by what they count; in each group the most reported come first. Each metric’s page gives its definition.',
    caseCount: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
    provinceFigureCount: (n: number) => `${n} province-level figures`,
    allFiguresWithQuotes: (n: number) =>
      n === 1 ? 'The figure with its quote' : `All ${n} figures with their quotes`,
    levels: { province: 'Province level', prefecture: 'Prefecture level', county: 'County level' },
    kinds: { campaign: 'National campaign', operation: 'Operation', case: 'Case' },
    topics: {
      'two-cards': 'Trade in bank and phone cards',
      'personal-information': "Citizens' personal information",
    },
    qualifiers: qualifiers,
    qualifierNote: {
      at_least: 'The source says 余 or 多 ("more than"): the true number is larger than shown.',
      approximately: 'The source says 近 ("nearly"): an approximate number.',
      rounded:
        'The source states the number in round form (4.9万, "49 thousand"): exact only to the digits it gives.',
    },
    columns: {
      metric: 'Metric',
      value: 'Value',
      period: 'Period',
      source: 'Source',
      quote: 'Quote',
      note: 'Note',
      place: 'Place',
      kind: 'Kind',
    },
    figures: 'Figures',
    ownFigures: (name: string) => `${name}: its own figures`,
    prefectures: 'Prefectures',
    counties: 'Counties',
    placesWithin: 'Places within',
    /** Sentences run together: a space between them in English. */
    sentences: (texts: string[]) => texts.join(' '),
    byAgency: (agency: string) => ` (${agency})`,
    locatedHere: (name: string) => `Located in ${name}, reported by police elsewhere`,
    locatedCount: (n: number) => `${n} located here`,
    placesLead:
      'Provinces with figures, and the cities and counties within them. Each level is counted on its own.',
    levelWarning:
      "Figures of different levels are shown apart and never added: a provincial running total may already include a county's operation.",
    partOf: (whole: string) => `Part of ${whole}`,
    locatedIn: (name: string) => `Located in ${name}`,
    campaignsHere: 'Campaigns and cases',
    placesInvolved: 'Places',
    childCampaigns: 'Operations and cases',
    campaignsLead:
      "National campaigns and operations, with their place and how many cases and figures each holds; each one's page lists its cases.",
    standaloneCases: 'Cases outside any campaign',
    comparable: 'Comparable: same metric, same level, same period.',
    notComparable:
      'Each of these stands on its own: no other place reports this metric at its level and on its topic, or it is an earlier figure of a place charted above, or a part (其中) of another figure.',
    comparableFigures: 'Figures side by side',
    apartFigures: 'Figures shown apart',
    allFigures: 'All figures',
    headline: 'Headline figures',
    headlineNote: 'These figures differ in level and period: they cannot be added, nor directly compared.',
    map: {
      title: 'Figures by province',
      choose: 'Choose a metric',
      note: 'Province-level figures only.',
      periodsDiffer: 'Their periods differ: not directly comparable.',
    },
    coverage: (f: number, p: number, pages: string) =>
      `${f} figures for ${p} places, from one report (${pages}).`,
    download: 'Download',
    definition: 'Definition',
    unit: 'Unit',
    discrepancies: 'Discrepancies in the source',
    methodology: {
      source: 'Source',
      citation: (section: string, pages: string, year: string) =>
        `section “${section}”, ${pages}, events of ${year}.`,
      /** Between the parts of a source's entry: title, publication, citation. */
      sourceSeparator: ', ',
      rulesHeading: 'Curation rules',
      rules: [
        'A figure belongs to the agency and place the body text names; where a heading disagrees with its body, the body wins and the discrepancy is listed below.',
        'Values are kept in base units: 1500余万条 is at least 15,000,000 records; 4.9万张 is about 49,000 cards: stated in round form (to the nearest 1,000), it is marked rounded, never exact.',
        '余 and 多 mean “more than”: the figure is a lower bound, shown as 2,000+. 近 means “nearly”: an approximation, shown as ~200.',
        'Every figure keeps the period the source gives it: a running total its start, as-of or reported date, an operation its dates, where the text states them; where it states none, the figure says so ("no dates given"). A chart that compares places may set figures over different periods side by side, when they count one thing at one level on one topic: each bar then shows its own period, and the chart says they are not directly comparable. Figures are never added.',
        'A chart holds one topic: figures on the trade in bank and phone cards and on personal-information crime are never drawn together. A chart that compares places holds one definition: different counts of one kind (all suspects arrested, card sellers only, suspects including related crimes) are never set side by side. A chart of one operation may show several of its counts of one unit and one period (bank cards and phone cards seized), each bar named by what it counts.',
        'Figures of different levels are never drawn in one chart nor added: a provincial running total may already include the county and city operations inside it during its period, and the pages of both say so (see “may overlap” below). Parts (其中) are drawn inside their whole, never added to it.',
        'Every figure carries the short phrase of the source that states it, with its page.',
      ],
      qualifiers: 'Qualifiers',
      levels: 'Levels',
      levelsText:
        'Province level (provinces, autonomous regions, municipalities), prefecture level (prefecture-level cities), county level (counties, county-level cities).',
      placesHeading: 'Places',
      places:
        "Each place's parent (the unit one level up) and its six-digit code come from the national standard GB/T 2260 (Codes for the administrative divisions of the People's Republic of China), not from the source text.",
      basesHeading: 'Where each fact comes from',
      basesLead:
        "Not only the figures: each figure's dates (its start, end, as-of or reported date), campaign, reporting agency, the place where it happened and the whole it is part of; a campaign's kind, topic, place, dates and what it belongs to; and an agency's name and place are facts too, and each says where it comes from (the provenance table). The bases are:",
      mayOverlap:
        "“May overlap”: two sets of figures may count the same people or things: do not add them. Besides the rows written by hand, the site finds them itself: a figure whose place lies within another figure's place, counting the same kind of thing (the same metric, or another definition of it, such as all suspects arrested and card sellers arrested) over a period that overlaps the other's or is not given in full, may overlap with it. Each group of such figures of the smaller place (a county's case: one place, campaign and period) gets one row naming its figures and every group of the larger places it may overlap with (more than three are named by campaign, period and page; the row's figures column names each figure); these rows are listed below with the others and published in the discrepancies table, and each figure's page says which figures of the other side it may overlap with.",
      correctionsHeading: 'Corrections from the audit',
      corrections: [
        'Daqing\'s case "4.03" began when leads were found in February 2020; its case team was formed later, on a date the text does not give. No figure is dated February: it is when the leads, the two software tools and the three developers were found (the case\'s start); the round-up figures run from 5 May (p. 56).',
        '重庆渝中 is Yuzhong District of Chongqing, not Yuzhong County in Gansu; "8 cities" names only 7, as noted (p. 56).',
        'Yuzhong\'s cards opened "in some districts and counties of our city" are located in Lanzhou (p. 58).',
        'Case “2020.3.15” is about buying vehicle records, not selling them (p. 57).',
        "Daqing's 181 and Heilongjiang's 91 may overlap: the note says do not add, not that they are separate.",
      ],
    },
    dataPage: {
      lead: 'All the data can be downloaded. CSV files are UTF-8 with a byte-order mark, so Excel opens them correctly. Values are whole numbers in base units; how the source states each one has its own columns: qualifier (exact, at_least for 余, approximately for 近, rounded for a round form such as 4.9万) and precision (1000 for 4.9万).',
      table: 'Table',
      contents: 'Contents',
      rows: 'Rows',
      dates:
        'Dates are ISO 8601 at the precision the source gives (2020, 2020-12 or 2020-12-25). as_of is the printed date a running total is counted up to; reported is the day the figures were released or announced (where no as-of date is printed, they run up to that day or an earlier one); period_start opens a running total or an operation, and period_end closes an operation. Figures of different levels or periods must not be added.',
      version: (v) => `Data version: ${v}`,
      downloadsHeading: 'All downloads',
      file: 'File',
      format: 'Format',
      size: 'Size',
      excelCsv: 'CSV (Excel-safe)',
      plainCsv: 'CSV (exact)',
      json: 'JSON',
      csvNote:
        "The Excel-safe CSV has a byte-order mark and puts ' before any cell that looks like a formula (starting with =, +, - or @) so it is never run; the exact CSV (plain/) and the JSON keep the text as it is, for programs.",
      files: {
        zip: 'Everything in one file (with README and SHA256SUMS)',
        db: 'SQLite database (primary and foreign keys, the figures_explained table)',
        xlsx: 'Excel workbook: a sheet per table, numbers as numbers, dates and ids as text, with a README sheet and the citation',
        datapackage: 'Frictionless Data Package descriptor',
        sums: 'SHA-256 checksums',
        catalog: 'DCAT catalogue',
        feed: 'Data releases feed (Atom)',
        readme: 'README',
      },
      loadHeading: 'How to load it',
      citeHeading: 'Licence and how to cite',
      changelog: 'Changelog',
    },
    notFound: {
      title: 'Page not found',
      text: ['There is no page at this address. Start from the ', ', the ', ' or the ', '.'],
      links: ['overview', 'places', 'data'],
    },
  },
  chart: {
    value: (v, q, quote) => formatValue(v, q, 'en', quote),
    valueInWords: (v, q, quote) => valueInWords(v, q, 'en', quote),
    number: (v) => formatNumber(v, 'en'),
    qualifiers,
    page: (n) => pages(n),
    unit: (label) => `Unit: ${label}`,
    dataTable: 'Data table',
    tooltipSeparator: ': ',
    labelled: (label, text) => `${label}: ${text}`,
    aside: (text) => ` (${text})`,
    columns: {
      item: 'Item',
      value: (unit) => `Value (${unit})`,
      qualifier: 'Qualifier',
      period: 'Period',
      page: 'Page',
      quote: 'Source text',
    },
    hatchNote: (parts) => `Hatched bars are not exact counts: ${parts.join(', ')}.`,
    hatchAtLeast: '+ means “more than” (余)',
    hatchApproximately: '~ means “nearly” (近)',
    hatchRounded: '≈ means stated in round form (4.9万)',
    tileMap: {
      noData: 'no data',
      shortNames: {
        beijing: 'Beijing',
        tianjin: 'Tianjin',
        hebei: 'Hebei',
        shanxi: 'Shanxi',
        'inner-mongolia': 'Inner\nMongolia',
        liaoning: 'Liaoning',
        jilin: 'Jilin',
        heilongjiang: 'Heilong-\njiang',
        shanghai: 'Shanghai',
        jiangsu: 'Jiangsu',
        zhejiang: 'Zhejiang',
        anhui: 'Anhui',
        fujian: 'Fujian',
        jiangxi: 'Jiangxi',
        shandong: 'Shan-\ndong',
        henan: 'Henan',
        hubei: 'Hubei',
        hunan: 'Hunan',
        guangdong: 'Guang-\ndong',
        guangxi: 'Guangxi',
        hainan: 'Hainan',
        chongqing: 'Chong-\nqing',
        sichuan: 'Sichuan',
        guizhou: 'Guizhou',
        yunnan: 'Yunnan',
        tibet: 'Tibet',
        shaanxi: 'Shaanxi',
        gansu: 'Gansu',
        qinghai: 'Qinghai',
        ningxia: 'Ningxia',
        xinjiang: 'Xinjiang',
        taiwan: 'Taiwan',
        'hong-kong': 'Hong\nKong',
        macao: 'Macao',
      },
      item: (name, value) => `${name} ${value}`,
      description: (legend, items, rest) =>
        `Tile map of China's 34 provincial-level units, one square each. ${legend}: ${items.join('; ') || 'none'}. No data for ${rest === 0 ? 'none' : `the other ${rest}`}.`,
    },
  },
  forms: {
    form: {
      ranked: {
        more: (n) => `and ${n} more in the table`,
        mark: '*',
        alt: ({ title, subtitle, unit, bars, highlighted, more }) =>
          `Bar chart: ${title}, ${subtitle}. ${bars.length} bars, largest first: ${bars.join('; ')}${more ? `; and ${more} more` : ''}.` +
          `${highlighted ? ` ${highlighted} is highlighted.` : ''} Unit: ${unit}.`,
        bar: (label, value, period) => (period ? `${label} ${value} (${period})` : `${label} ${value}`),
        valueInWords: (d) => valueInWords(d.value, d.qualifier, 'en', d.quote),
      },
      partWhole: {
        value: (v, q, quote) => formatValue(v, q, 'en', quote),
        of: (part, whole) => `${part} of ${whole}`,
        withUnit: (value, unit) => `${value} ${unit}`,
        alt: ({ whole, parts }) => `Part-to-whole chart: ${whole}; of which ${parts.join('; ')}.`,
        item: (label, value) => `${label}: ${value}`,
      },
      downloadCsv: 'Download CSV',
      share: 'Embed · images · cite',
    },
    stat: {
      value: (v, q, quote) => formatValue(v, q, 'en', quote),
      quote: 'Source text',
      qualifier: (q) => qualifiers[q],
      aside: (text) => ` (${text})`,
      page: (n) => pages(n),
      csv: 'CSV',
      share: 'Embed · images',
      unitGap: ' ',
    },
    timeline: {
      months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      year: (y) => `${y}`,
      legend: {
        running: 'running',
        uncertain: 'date known to the month or year',
        open: 'end not given',
        asOf: 'figures as of or reported',
      },
      alt: (rows) => `Timeline: ${rows.join('; ')}.`,
      row: (r) =>
        `${r.label}, ${r.start ? date(r.start) : 'start not given'} to ${r.end ? date(r.end) : 'end not given'}${r.asOf.length ? `, figures as of or reported ${r.asOf.map(date).join(', ')}` : ''}`,
    },
    periodsDiffer: '*different periods (see each bar): not directly comparable',
    timelineTitle: 'Timeline',
    timelineNote:
      'Start and end dates of the operations and cases, and the as-of or reported dates of their figures; the basis of each date (the source or an inference) is on the page of the operation or case.',
    inContext: 'Compared with other places',
    inContextNote:
      'The same metric at the same level and on the same topic in each place, each bar with its period; this place is highlighted.',
    compared: 'Places compared',
    comparedNote:
      'One metric at one level and on one topic, largest first, each bar with its period; places of different levels, and figures on the card trade and on personal information, are never drawn together.',
    metricComparedNote:
      'Places compared: one level and one topic a chart, largest first, each bar with its period; places of different levels, and figures on the card trade and on personal information, are never drawn together. The other charts show one operation of one place, or parts (其中) inside their whole.',
    headlineStats: 'Headline figures',
    comparison: (metric) => `${metric}: provinces compared`,
    tableMore: (shown, total) =>
      `The table shows ${shown} of ${total} rows; all of them are in the CSV download.`,
    tableCsv: 'Download every row of this table (CSV)',
    moreLinks: (n) => `and ${n} more in the index`,
    moreCampaignLinks: (n) => `and ${n} more, in the index or on their campaign's page`,
    moreSections: (n) =>
      `${n} more groups of figures are not listed on this page; all of them are in the CSV.`,
    allCsv: 'Download every figure of this page (CSV)',
    moreDiscrepancies: (n) =>
      `${n} more are not listed here; all of them are in the discrepancies table (CSV).`,
    moreTimeline: (n) => `The timeline shows the first operations and cases only; ${n} more are not drawn.`,
    undatedTimeline: (names) => `Not drawn, as the source gives no dates: ${names}.`,
  },
  embed: {
    viewOnSite: 'View on Crackdown Data',
    shareTitle: (title) => `Embed and share: ${title}`,
    chart: 'Chart',
    notFound: 'This chart was not found: it may have moved or been renamed. Look for it on the site.',
    needsScript:
      'This chart is taken from the site’s page and drawn by your browser: turn on JavaScript, or view it on the site.',
    pageCsv: 'Every figure of the chart’s page (CSV)',
    drawnOnRequest:
      'Your browser makes these files from the site’s page (JavaScript needed): at national scale the site does not build every chart’s files ahead.',
    noOembed: 'At national scale there is no oEmbed address per chart: use the iframe code above.',
    embedHeading: 'Embed in a web page',
    iframe: 'Embed code (iframe)',
    iframeHelp: 'Paste into a web page; the height is fixed, add the script below to fit it to the content.',
    resizer: 'Auto-height script (optional)',
    images: 'Images',
    svg: 'SVG (vector)',
    png1: 'PNG (1×)',
    png2: 'PNG (2×)',
    slide: 'Slide PNG (1920×1080)',
    drawnInBrowser: 'The PNGs are drawn by your browser from the SVG above (JavaScript needed).',
    csv: 'Data of this chart (CSV)',
    offline: 'Offline file (for intranet pages, requests nothing)',
    oembed: 'oEmbed',
    citation: 'Cite',
    copy: 'Copy',
    copied: 'Copied',
    preview: 'Preview',
    options: 'Theme and language of the embed',
    theme: 'Colours',
    themes: { light: 'Light (default)', dark: 'Dark', auto: 'As the reader’s system' },
    language: 'Language',
    languages: { zh: '中文', en: 'English' },
    previewHelp: 'As the code above shows it, at its default size.',
    siteUnknown:
      'This build has no public address (SITE_URL is not set): the code and citation here use the address this page is opened at. Check it before you paste it elsewhere.',
    dataVersion: (v) => `Data version ${v}`,
    briefTitle: (name) => `Briefing: ${name}`,
    briefLink: 'Print a briefing sheet',
    print: 'Print or save as PDF',
    headline: 'Headline figures',
    mainChart: 'Main chart',
    mayOverlap: 'May overlap: do not add',
    overlapLine: (places: string[], page: string) =>
      places.length > 1
        ? `${places.join(' and ')}: their figures may count the same people or things, so do not add them (${page}).`
        : `${places[0]}: two of its figures may count the same people or things, so do not add them (${page}).`,
    moreOverlaps: (n: number, address: string) => `${n} more such notes at ${address}`,
    table: 'Table',
    moreRows: (n, address) => `${n} more figures at ${address}`,
    updated: (date) => `Data last updated: ${date}`,
    printedFrom: 'Address of this page',
    summary: (n: number, places: string[], more: number, pages: string) =>
      `${n === 1 ? '1 figure' : `${n} figures`} from ${places.length + more === 1 ? '1 place' : `${places.length + more} places`} (${places.join(', ')}${more ? `, and ${more} more` : ''}), stated on ${pages} of the source.`,
    compared: (metric: string, items: string[], comparable: boolean) =>
      `${metric}: ${items.join('; ')}${comparable ? '' : ' (different periods: not directly comparable)'}.`,
    comparedItem: (place: string, value: string, period: string) =>
      period ? `${place} ${value}, ${period}` : `${place} ${value}`,
    printed: (date: string) => `Printed ${date}`,
    qr: 'QR code of the address of this page',
  },
  find: {
    search: {
      label: 'Search',
      placeholder: 'Search places, campaigns…',
      results: { none: 'No results', one: '1 result', many: '{n} results' },
      loading: 'Loading search…',
      failed: 'Search is not available right now.',
      seeAll: 'See all {n} results',
    },
    results: {
      title: 'Search',
      label: 'Search this site',
      submit: 'Search',
      noJs: 'Search needs JavaScript. Turn JavaScript on, or look in the lists of places, campaigns and metrics:',
      empty: 'Type the words to search for.',
      range: '{from}–{to} shown',
      pages: 'Result pages',
      previous: 'Previous',
      next: 'Next',
      pageOf: 'Page {p}',
    },
    theme: {
      label: 'Theme',
      names: { auto: 'auto', light: 'light', dark: 'dark' },
    },
    explorer: {
      nav: 'All figures',
      title: 'All figures',
      lead: 'Every figure on this site, to search, filter by place, level, campaign, metric, qualifier, period and page, and to sort; the address of a filtered view can be shared.',
      filters: 'Filters',
      any: 'Any',
      place: 'Place',
      level: 'Level',
      levels: { province: 'province', prefecture: 'prefecture', county: 'county' },
      campaign: 'Campaign or case',
      metric: 'Metric',
      qualifier: 'Qualifier',
      periodType: 'Period',
      periodTypes: {
        cumulative: 'running total',
        'since-launch': 'since the operation began there',
        operation: 'one operation',
      },
      page: 'Page',
      /** The text filter: its label, and what it looks in. */
      text: 'Words',
      textHint: 'place, metric, campaign, agency or words of the quote, in Chinese or English',
      /** The checkbox that leaves out the places within the chosen place. */
      alone: 'This place alone',
      /** The table's caption: its column headings sort it. */
      sortHint: 'Choose a column heading to sort by it; again to reverse.',
      apply: 'Apply filters',
      reset: 'Clear filters',
      download: 'Download these figures: CSV for Excel',
      downloadPlain: 'Download these figures: exact CSV',
      downloadXlsx: 'Download these figures: Excel (.xlsx)',
      /** The README sheet of the filtered view's .xlsx, before the citation. */
      xlsx: {
        cells:
          'One sheet of the figures in one view of “All figures”, with the columns of figures-explained. Numbers are numbers; dates (YYYY, YYYY-MM, YYYY-MM-DD) and ids are text, so Excel never turns “2020-10” into a date.',
        view: (address: string) => `This view: ${address}`,
      },
      /** How many figures are shown, of all (numbers already in words). */
      count: {
        all: (total: string) => `All ${total} figures`,
        filtered: (shown: string, total: string) => `${shown} of ${total} figures`,
        /** Not every figure drawn yet ("Show more" draws the next ones), none filtered out. */
        more: (shown: string, total: string) => `${shown} shown of ${total} figures`,
        paged: (shown: string, matching: string, total: string) =>
          `${shown} shown of ${matching} matching, ${total} figures`,
        none: (total: string) => `None of the ${total} figures matches these filters.`,
      },
      more: 'Show more',
      pageOf: (n: number, of: number) => `Page ${n} of ${of}`,
      pagination: 'Pages',
      previous: 'Previous',
      next: 'Next',
      open: 'open',
      /** Without JavaScript: what needs it, and the pages that hold the same figures (each list's label ends in its own spacing). */
      noScript:
        'Filtering, searching and sorting this table need JavaScript. Without it the table lists every figure, page by page; the same figures are on the pages of their places and metrics.',
      noScriptPlaces: 'Places (each with the places within it): ',
      noScriptMetrics: 'Metrics: ',
      filterAll: 'Filter, sort and chart all figures on the first page',
      columns: {
        figure: 'Figure',
        place: 'Place',
        level: 'Level',
        campaign: 'Campaign or case',
        metric: 'Metric',
        value: 'Value',
        qualifier: 'Qualifier',
        period: 'Period',
        page: 'Page',
      },
    },
  },
  sources: {
    basis: {
      source: 'source',
      inferred: 'inferred',
      background: 'background knowledge',
      standard: 'national standard',
      counted: 'counted from names in the text',
    },
    discrepancyKind: {
      'heading-body': 'heading and body differ',
      'place-name': 'place name',
      'inconsistent-figures': 'inconsistent figures',
      'extraction-loss': 'lost in extraction',
      'missing-unit': 'no unit',
      'missing-date': 'no date',
      wording: 'wording',
      'may-overlap': 'may overlap',
    },
    basisMeaning: {
      source: 'The source states it; with its page and a short quote.',
      inferred: 'The source does not say so in words; inferred from the context, with the reason.',
      background: 'Not in the source; from background knowledge (such as the glossary), with the reason.',
      standard: 'From a national standard (such as GB/T 2260), not from the source.',
      counted: 'The source gives no number, only names; counted from them, with the reason.',
    },
    facts: { kind: 'Kind', topic: 'Topic', place: 'Place', start: 'Start', end: 'End', parent: 'Part of' },
    // A quote that is itself a quoted name (“陈某荣等人侵犯公民个人信息案”) keeps its own marks, not doubled ones.
    quoted: (page, quote) => `${page} ${/^“[^“”]*”$/.test(quote) ? quote : `“${quote}”`}`,
    because: (label, reason) => `${label}: ${reason}`,
    origin: (text) => ` (${text})`,
    mayOverlap: {
      row: (innerPlace, outerPlaces, inner, outers) =>
        `These figures of ${innerPlace} may count the same people or things as figures of ${andList(outerPlaces)}, so do not add them: ${innerPlace} lies within ${andList(outerPlaces)}, both count the same kind of thing, and their periods overlap or are not given in full. ${inner} ${outers}`,
      side: (place, campaign, period, page, items) =>
        `${place}, ${campaign} (${period}; ${page}): ${items.join('; ')}.`,
      briefSide: (place, groups) => `${place}: ${groups.join('; ')}.`,
      group: (campaign, period, page) => `${campaign} (${period}; ${page})`,
      around: (places, outers) =>
        `These figures of ${andList(places)}, where this place lies, may count some of the same people or things as this one, so do not add them: ${outers}`,
      within: (place, inner) =>
        `These figures of a place within ${place} may count some of the same people or things as this one, so do not add them: ${inner}`,
      item: (name, value) => `${inSentence(name)} (${value})`,
      value: (value, unit) => `${value} ${unit}`,
    },
    figurePage: {
      crumb: 'Figures',
      qualifier: 'Qualifier',
      unit: 'Unit',
      period: 'Period',
      place: 'Place',
      locatedIn: 'Located in',
      campaign: 'Campaign',
      agency: 'Reported by',
      metric: 'Metric',
      definition: 'Definition',
      quote: 'Quote',
      page: 'Page',
      partOf: 'Part of',
      counted: 'How it is counted',
      discrepancies: 'Discrepancies that touch this figure',
      appearsIn: 'Appears in',
      note: 'Note',
      dates: {
        period_start: 'Period starts',
        period_end: 'Period ends',
        as_of: 'As of',
        reported: 'Reported',
      },
      launch: 'when the campaign began',
      stated: (precision) => `stated to the nearest ${formatNumber(precision, 'en')}`,
    },
    cite: {
      heading: 'Cite',
      summary: 'Cite this page',
      plain: 'Text',
      accessNote:
        'The access date is the day you read this page (filled in by your browser); in a downloaded file, fill in YYYY-MM-DD yourself.',
      link: 'How to cite',
      chart: 'cite',
    },
    license: {
      line: 'Data under CC BY 4.0; code under MIT; the source text belongs to its publisher and is quoted in short phrases only.',
      link: 'CC BY 4.0',
    },
  },
  exports: {
    /** The dataset as a whole: its name, what it holds, its terms. */
    feed: { release: (version) => `Data release ${version}` },
    about: {
      country: 'China',
      keywords: ['card-breaking', 'telecom fraud', 'personal information', 'China', 'police'],
      title: 'Crackdown Data',
      description:
        'Chinese police figures on the card-breaking (断卡) campaign against the trade in bank and phone cards and on crimes against citizens’ personal information, each with its unit, qualifier, period, place, agency and the source page and phrase that state it.',
      creator: 'Crackdown Data',
      terms:
        'The curated data (these tables) is licensed under CC BY 4.0: share and adapt it, citing "Crackdown Data" and the data version. The code is under the MIT licence. The source texts belong to their publishers; the data quotes them in short phrases only, to show where each figure comes from.',
    },
    /** What each published table holds. */
    tables: {
      sources: 'The publications the figures come from.',
      places: 'Provinces, prefectures and counties, with GB/T 2260 codes.',
      campaigns: 'National campaigns, local operations and named cases.',
      agencies: 'The police bodies and companies that reported each figure.',
      metrics: 'What is counted, with the unit of each count.',
      figures: 'One row per reported number.',
      discrepancies:
        'Where the source disagrees with itself, and how the data handles it; with the rows derived from places and periods for figures that may count the same people (may-overlap).',
      provenance:
        "Where each fact other than a figure's own quote comes from: a figure's dates, campaign, agency, located-in place and whole; a campaign's kind, topic, place, dates and parent; an agency's name and place; a count made from names; each with its basis (source, inferred, background, standard, counted), page, quote and reason.",
      'figures-explained':
        'Every figure with the names, unit, level and period a reader needs, in both languages.',
    },
    /** What each column means: by `<table>.<column>` where tables differ, else by column name. */
    columns: {
      id: 'Stable identifier (lowercase ASCII slug).',
      name_zh: 'Name in Chinese.',
      name_en: 'Name in English.',
      title_zh: 'Title in Chinese.',
      title_en: 'Title in English.',
      publication_zh: 'Publication, in Chinese.',
      publication_en: 'Publication, in English.',
      section_zh: 'Section or column, in Chinese.',
      section_en: 'Section or column, in English.',
      year: 'Year of the events reported.',
      first_page: 'First page the source text covers.',
      last_page: 'Last page the source text covers.',
      file: 'File name of the source text.',
      note_en: 'Note in English.',
      note_zh: 'Note in Chinese.',
      level:
        'Administrative level: province, prefecture or county. Figures of different levels are never added.',
      type: 'Kind of administrative unit.',
      'places.parent': 'The place one level up (id in places).',
      gbt2260: 'Six-digit GB/T 2260 administrative division code.',
      kind: 'Kind (see the allowed values).',
      topic: 'two-cards (trade in bank and phone cards) or personal-information.',
      'campaigns.parent': 'The campaign or operation this one belongs to.',
      'campaigns.place':
        'The place whose police ran it; empty for national campaigns and where the text does not say who ran it.',
      start: 'Start date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).',
      end: 'End date as the source gives it.',
      page: 'Page of the source.',
      'agencies.place': 'The place the agency serves.',
      unit: 'Unit of every value of this metric.',
      family:
        'Metrics that count one kind of thing under different definitions share a family (all suspects arrested, card sellers arrested): their figures may overlap, and are never compared on one chart. Empty: the metric is its own family.',
      definition_en: 'What exactly is counted, in English.',
      definition_zh: 'What exactly is counted, in Chinese.',
      place: 'The place whose agency the body text names (id in places).',
      located_in: 'Where the counted thing was, when that differs from place.',
      agency: 'Who reported the figure (id in agencies).',
      campaign: 'Campaign, operation or case (id in campaigns).',
      metric: 'What is counted (id in metrics).',
      value:
        "The number in base units (the metric's unit), e.g. 1500余万条 is 15000000; read it with qualifier.",
      qualifier:
        'exact (the source gives every digit); at_least (余, 多: "more than"); approximately (近: "nearly"); rounded (stated in round form, as 4.9万).',
      precision:
        'Place value of the last digit the source states: 1 when it gives every digit, 1000 for 4.9万, 10000 for 120万.',
      period_type:
        'cumulative (a running total from period_start, or from a start the source does not give); since-launch (a running total since the campaign began, 行动开展以来); operation (the result of one case or round-up).',
      period_start: 'Start of the period (以来, "since").',
      period_end: 'End of an operation.',
      as_of: 'Date a cumulative count runs up to, as printed (截至, "as of").',
      reported:
        'Date the figures were released or reported (从甘肃省公安厅获悉, "learned from the department on"; 会议通报, reported at a meeting). Without as_of, the figures run up to that day or an earlier one; with it, reported is not before as_of.',
      source: 'The publication (id in sources).',
      quote: 'Short verbatim phrase of the source page that states the number.',
      part_of: 'A figure this one is part of (其中): never add the two.',
      detail_zh: 'What exactly is counted, when the metric is not enough (Chinese).',
      detail_en: 'What exactly is counted, when the metric is not enough (English).',
      figures: 'Space-separated ids of the figures affected.',
      text_en: 'What is wrong and how the data handles it, in English.',
      text_zh: 'What is wrong and how the data handles it, in Chinese.',
      metric_zh: 'Metric name in Chinese.',
      metric_en: 'Metric name in English.',
      place_zh: 'Place name in Chinese.',
      place_en: 'Place name in English.',
      province_zh: 'Province the place lies in, in Chinese.',
      province_en: 'Province the place lies in, in English.',
      located_in_zh: 'located_in, in Chinese.',
      located_in_en: 'located_in, in English.',
      agency_zh: 'Agency in Chinese.',
      agency_en: 'Agency in English.',
      campaign_zh: 'Campaign in Chinese.',
      campaign_en: 'Campaign in English.',
      campaign_kind: 'campaign, operation or case.',
      period_zh: 'The period in words, in Chinese.',
      period_en: 'The period in words, in English.',
      table: 'The table the fact is in.',
      'provenance.id': 'The id of the row the fact is about.',
      field: 'The column the fact is in (start, end, parent, value…).',
      basis:
        'source (the text states it), inferred (from the context), background (not in the source), standard (GB/T 2260), counted (from names in the text).',
      'provenance.page': 'Page of the source that supports the fact; empty for background knowledge.',
      'provenance.quote': 'Short verbatim phrase of that page.',
      reason_en: 'Why, when the basis is not the source itself, in English.',
      reason_zh: 'Why, when the basis is not the source itself, in Chinese.',
      url: "The figure's own page on this site, to cite one number with one link.",
      source_title_zh: 'Title of the source article.',
    },
    /** The README of the downloads. */
    workbook: {
      version: (version) => `Data version ${version}`,
      cells:
        'One sheet per table, as the CSV files. Numbers are numbers; dates (YYYY, YYYY-MM, YYYY-MM-DD) and ids are text, so Excel never turns “2020-10” into a date.',
      cite: 'Cite as:',
    },
    readme: {
      version: 'Data version',
      files: 'Files',
      file: 'file',
      fileRows: [
        [
          '`<table>.csv`',
          "for Excel and WPS: UTF-8 with a byte-order mark; a cell that starts with = + - @ (a formula) gets a leading `'`, so it is never run; numbers such as -5 are left alone",
        ],
        [
          '`plain/<table>.csv`',
          'the exact text of every cell (RFC 4180, UTF-8 without byte-order mark): for code, and the files `datapackage.json` describes',
        ],
        ['`<table>.json`', 'the exact text, numbers as numbers: `{"columns": [...], "rows": [{...}]}`'],
        [
          '`crackdown-data.db`',
          'every table in one SQLite database, with keys (`figures_explained` is figures-explained)',
        ],
        [
          '`crackdown-data.xlsx`',
          'every table in one Excel workbook, a sheet each: numbers as numbers, dates and ids as text, with a README sheet and the citation',
        ],
        [
          '`datapackage.json`',
          'Frictionless Data Package: types, allowed values, keys, sizes and SHA-256 of the exact CSVs',
        ],
        ['`SHA256SUMS`', 'SHA-256 of every file; check with `sha256sum -c SHA256SUMS`'],
      ],
      tables: 'Tables and fields',
      rows: 'rows',
      column: 'column',
      type: 'type',
      meaning: 'meaning',
      units: 'Units',
      unitsIntro:
        "`value` is in base units: people, cases, yuan… The unit is the metric's (metrics.csv), repeated in figures-explained as `unit`.",
      metric: 'metric',
      unit: 'unit',
      figures: 'figures',
      qualifiers: 'Qualifiers',
      qualifierWords: {
        exact: 'the source gives the exact number',
        at_least: 'more than the value (余, 多)',
        approximately: 'nearly the value (近)',
        rounded: 'stated in round form (4.9万), exact to the place in precision',
      },
      levels: 'Levels',
      levelsIntro:
        'A figure belongs to the level of its place. Never add figures of different levels: a provincial running total may already include a county operation (see the may-overlap rows of discrepancies).',
      levelWords: {
        province: 'province-level unit',
        prefecture: 'prefecture-level unit',
        county: 'county-level unit',
      },
      periods: 'Periods',
      periodWords: {
        cumulative:
          'a running total from `period_start` (empty when the source gives no start) up to `as_of` or `reported` where the text gives one; otherwise its end is not given',
        'since-launch':
          'a running total since the campaign began (行动开展以来), up to `as_of` or `reported`',
        operation: 'the result of one case or round-up, between `period_start` and `period_end`',
      },
      periodsIntro: 'Figures with different periods are not directly comparable. The periods in the data:',
      cite: 'How to cite',
      discrepancies: 'Discrepancies in the source',
      page: 'p.',
      affected: 'Figures',
      moreDerived: (n) =>
        `And ${n} more may-overlap rows derived from places and periods, in the discrepancies table.`,
      licence: 'Licence',
      datasetTitle: 'Crackdown Data dataset',
      where: (page, p) => `${p} ${page}`,
    },
    /** The ways to load the data on the data page. */
    snippets: {
      pandas: 'Python (pandas)',
      excel: 'Excel or WPS',
      excelSteps: (url) =>
        `Download ${url} and open it: it is UTF-8 with a byte-order mark, so Chinese shows correctly, and cells that look like formulas start with ' so they are never run. In Excel's Data > From Text/CSV choose "65001: Unicode (UTF-8)" if asked.`,
      curl: 'Everything, checked (curl)',
    },
    /** Citations in plain text and BibTeX. */
    cite: {
      source: (title, publication, year, page) =>
        `Source: “${title}”, ${publication}, ${year}${page === undefined ? '' : `, p. ${page}`}.`,
      title: (title) => `“${title.replaceAll('“', '‘').replaceAll('”', '’')}”`,
      text: (site, title, version, url, accessed, source) =>
        `${site}. ${title}. Data version ${version}. ${url} (accessed ${accessed}).${source ? ` ${source}` : ''}`,
      bibLanguage: 'english',
    },
  },
  units: {
    people: 'people',
    officers: 'officers',
    cases: 'cases',
    gangs: 'gangs',
    groups: 'groups',
    dens: 'dens',
    companies: 'companies',
    sources: 'sources',
    chains: 'chains',
    tools: 'tools',
    cards: 'cards',
    sets: 'sets',
    accounts: 'accounts',
    phones: 'phones',
    computers: 'computers',
    devices: 'devices',
    vehicles: 'vehicles',
    records: 'records',
    leads: 'leads',
    numbers: 'numbers',
    documents: 'documents',
    channels: 'channels',
    teams: 'teams',
    zones: 'zones',
    departments: 'departments',
    'sub-bureaus': 'sub-bureaus',
    provinces: 'provincial-level regions',
    cities: 'cities',
    'cities-counties': 'cities and counties',
    days: 'days',
    months: 'months',
    yuan: 'yuan',
    'yuan-per-set': 'yuan per set',
  },
  unitOfOne: (unit, name) =>
    UNCOUNTED.has(unit)
      ? name
      : ((
          {
            people: 'person',
            companies: 'company',
            cities: 'city',
            provinces: 'provincial-level region',
            'cities-counties': 'city or county',
          } as Partial<Record<Unit, string>>
        )[unit] ?? name.replace(/s$/, '')),
  /** The explorer's chart of its selection (src/client/selection-chart.ts): strings only, as the page hands them to the script, which fills in each `{name}`. */
  selectionChart: {
    open: 'Chart this selection',
    close: 'Close the chart',
    heading: 'Chart of this selection',
    lead: 'One chart for each metric and level: figures of different units, levels or definitions are never drawn on one axis; each bar is one figure.',
    loading: 'Loading the chart…',
    failed: 'The chart could not be loaded.',
    empty: 'No figures to chart: change the filters.',
    sort: 'Order of the bars',
    sorts: { value: 'by value, largest first', name: 'by name', view: 'as in the table' },
    highlight: 'Highlight a place',
    noHighlight: 'none',
    title: '{metric} · {level}',
    titleTopic: '{metric} · {level} · {topic}',
    levels: { province: 'provinces', prefecture: 'prefectures', county: 'counties' },
    nameJoin: ' · ',
    valueUnit: '{value} {unit}',
    unit: 'Unit: {unit}',
    periodMark: '†',
    periodsDiffer: '† Periods differ: not directly comparable.',
    hatch: 'Lighter, hatched bars are not exact counts: {parts}.',
    hatchParts: {
      at_least: '+ means “more than” (余)',
      approximately: '~ means “nearly” (近)',
      rounded: '≈ means stated in round form (4.9万)',
    },
    partsSeparator: ', ',
    source: 'Source: {publication}, {pages}',
    publication: '“{title}”',
    page: 'p. {n}',
    pages: 'pp. {list}',
    pageSeparator: ', ',
    version: 'Data version {version}',
    window: 'Bars {from}–{to} of {total} shown',
    description: '{title}. Horizontal bar chart of {n} figures, {sort}. {extremes}',
    extremes: 'Largest: {max}; smallest: {min}.',
    quoteAt: '{page}: {quote}',
    bar: '{name}: {value}, {qualifier}, {period}, {page}',
    keys: 'Arrow keys move from bar to bar; Enter highlights its place; Escape hides the details.',
    dataTable: 'Data table',
    columns: {
      item: 'Place',
      value: 'Value ({unit})',
      qualifier: 'Qualifier',
      period: 'Period',
      page: 'Page',
    },
    png: 'Download PNG',
    svg: 'Download SVG',
  },
  periods: {
    cumulative: {
      range: (start, asOf) => `${start} to ${asOf}, cumulative`,
      asOf: (asOf) => `running total as of ${asOf}`,
      since: (start) => `since ${start}`,
      total: 'running total',
      undated: 'running total (no dates given)',
    },
    sinceLaunch: {
      asOf: (asOf) => `since the operation began there, as of ${asOf}`,
      plain: 'since the operation began there (start not given)',
      undated: 'since the operation began there (neither its start nor an as-of date given)',
    },
    operation: {
      range: (start, end) => `${start} to ${end}`,
      from: (start) => `from ${start}`,
      until: (end) => `until ${end}`,
      unknown: 'dates not given',
      undated: 'date not given',
    },
    reported: (date) => `, reported ${date}`,
    noEnd: ' (no as-of date given)',
  },
};
