/** Every word the site prints, in Chinese, by domain; en.ts says the same in English (see words.ts). */
import type { ChartWords } from '../charts/types.ts';
import type { FormWords } from '../charts/types.ts';
import type { StatWords } from '../charts/stat.ts';
import type { TimelineWords } from '../charts/timeline.ts';
import type { Basis, DiscrepancyKind, Unit } from '../data/schema.ts';
import { formatNumber, formatValue, valueInWords } from './numbers.ts';
import { formatDate } from './period.ts';

const pages = (first: number, last = first) => (first === last ? `第${first}页` : `第${first}–${last}页`);
const qualifiers = {
  exact: '确数',
  at_least: '余、多（多于此数）',
  approximately: '近（接近此数）',
  rounded: '取整数（原文为取整的数）',
};
const date = (d: string) => formatDate(d, 'zh');

export const zh = {
  site: {
    siteName: '打击治理数据',
    siteTagline: '“断卡”行动与侵犯公民个人信息犯罪的警方统计',
    nav: {
      overview: '概览',
      places: '地区',
      campaigns: '行动与案件',
      metrics: '指标',
      methodology: '方法说明',
      data: '数据下载',
    },
    mainNav: '主导航',
    footer: '数据出自公开报道，逐条注明页码与原文。',
    switchLanguage: 'English',
    switchLanguageLabel: '切换到英文版',
    skip: '跳到正文',
    /** A page reference, or a page range: `第57页`, `第57–59页`. */
    page: pages,
    /** A note with the page it is about: 第57页：… */
    atPage: (page: string, text: string) => `${page}：${text}`,
    publication: (title: string) => `《${title}》`,
    /** A source's publication while sources.csv does not name it. */
    publicationUnknown: '公安类期刊（刊名未见于提取文本）',
    sourceLine: (publication: string, pages: string) => `来源：${publication}，${pages}`,
    sentenceEnd: '。',
    /** After a label: 单位：人. */
    colon: '：',
    comma: '，',
    /** A text after its label: 单位：人. */
    labelled: (label: string, text: string) => `${label}：${text}`,
    /** A text in brackets after another: （中国移动周口分公司）. */
    aside: (text: string) => `（${text}）`,
    listSeparator: '；',
    and: '、',
    /** 只列出部分指标的标题：`查获银行卡、电话卡等4项`（说共计项数）。 */
    andMore: (list: string, _more: number, total: number) => `${list}等${total}项`,
    /** Names written as one title: a shared opening said once (查获银行卡、查获电话卡 → 查获银行卡、电话卡). */
    nameList: (names: string[]) => {
      let n = 0;
      while (names.length > 1 && names.every((s) => s.length > n + 1 && s[n] === names[0]![n])) n++;
      // Only a whole verb (two characters or more) is shared, never half a word.
      const head = n >= 2 ? names[0]!.slice(0, n) : '';
      return head + names.map((s) => s.slice(head.length)).join('、');
    },
    dateRange: (from: string, to: string) => `${from}至${to}`,
    titleOf: (place: string, metric: string) => `${place}：${metric}`,
    /** A figure as its page is titled: `甘肃省 · 抓获犯罪嫌疑人：2289 人`. */
    figureTitle: (place: string, metric: string, shown: string) => `${place} · ${metric}：${shown}`,
    ofWhich: (label: string) => `${label}（其中）`,
    partsNote: '部分数据是另一数据的一部分（其中），不可相加。',
    figureCount: (n: number) => `${n} 个数据`,
    /** The groups of the metrics index: what the metrics count. */
    metricGroups: {
      people: '涉案人员',
      crime: '案件、团伙与窝点',
      seized: '查获的卡、设备与信息',
      money: '涉案资金',
      operators: '号码与渠道（运营商）',
      police: '警力、范围与时长',
    },
    metricGroupCounts: (metrics: number, figures: number) => `${metrics}项指标，${figures}个数据`,
    metricCounts: (figures: number, unit: string) => `${figures}个数据 · 单位：${unit}`,
    metricsLead: '按统计对象分组；每组内报告最多的指标在前。各指标的定义见其页面。',
    caseCount: (n: number) => `${n} 个案件`,
    provinceFigureCount: (n: number) => `${n} 个省级数据`,
    allFiguresWithQuotes: (n: number) => (n === 1 ? '该数据及原文' : `全部${n}个数据及原文`),
    levels: { province: '省级', prefecture: '地级', county: '县级' },
    kinds: { campaign: '全国行动', operation: '专项行动', case: '案件' },
    topics: { 'two-cards': '“两卡”类犯罪', 'personal-information': '侵犯公民个人信息类犯罪' },
    qualifiers: qualifiers,
    qualifierNote: {
      at_least: '原文为“余”或“多”：实际数字大于所示数字。',
      approximately: '原文为“近”：近似数，接近所示数字。',
      rounded: '原文以取整的形式给出（如“4.9万张”）：只精确到所示位数，并非确数。',
    },
    columns: {
      metric: '指标',
      value: '数值',
      period: '时期',
      source: '出处',
      quote: '原文',
      note: '说明',
      place: '地区',
      kind: '类型',
    },
    figures: '数据',
    ownFigures: (name: string) => `${name}本级数据`,
    prefectures: '地级市',
    counties: '县（市）',
    placesWithin: '下辖地区',
    /** 中文句子之间不加空格。 */
    sentences: (texts: string[]) => texts.join(''),
    byAgency: (agency: string) => `（${agency}）`,
    locatedHere: (name: string) => `发生在${name}、由外地警方报告的数据`,
    locatedCount: (n: number) => `另有${n}个数据发生于此`,
    placesLead: '有数据的省份及其下辖市、县。各层级数据分别统计。',
    levelWarning: '不同层级的数据分别列出，不相加：省级累计数可能已包含市、县的行动数据。',
    partOf: (whole: string) => `属于“${whole}”的一部分`,
    locatedIn: (name: string) => `发生地：${name}`,
    campaignsHere: '相关行动与案件',
    placesInvolved: '涉及地区',
    childCampaigns: '下属行动与案件',
    campaignsLead: '全国行动和专项行动，附所在地区及其下案件数、数据数；各案件列在所属行动的页面上。',
    standaloneCases: '未归入行动的案件',
    comparable: '可比较：同一指标、同一层级、同一时间口径。',
    notComparable:
      '以下数据各自单列：同一级别、同一主题没有其他地区报告此指标，或是上方已列地区的较早数据，或是其他数据的一部分（其中）。',
    comparableFigures: '并列的数据',
    apartFigures: '分别列出的数据',
    allFigures: '全部数据',
    headline: '主要数据',
    headlineNote: '这些数据的层级与时间口径各不相同，不能相加，也不宜直接比较。',
    map: {
      title: '各省级行政区数据',
      choose: '选择指标',
      note: '仅显示省级数据。',
      periodsDiffer: '各省数据时间段不同，不能直接比较。',
    },
    coverage: (f: number, p: number, pages: string) =>
      `目前收录 ${f} 个数据，涉及 ${p} 个地区，出自 1 篇报道（${pages}）。`,
    download: '下载',
    definition: '定义',
    unit: '单位',
    discrepancies: '原文中的不一致',
    methodology: {
      source: '来源',
      citation: (section: string, pages: string, year: string) =>
        `“${section}”栏目，${pages}，${year}年事件。`,
      /** Between the parts of a source's entry: title, publication, citation. */
      sourceSeparator: '，',
      rulesHeading: '整理规则',
      rules: [
        '数据归于正文所称的单位和地区；标题与正文不一致时以正文为准，并在下方列出。',
        '数值一律换算为基本单位：“1500余万条”记为至少15000000条；“4.9万张”记为≈49000张：原文为取整的数（精确到千位），标为取整数（“≈4.9万”）而非确数。',
        '“余”“多”记为“以上”（实际数字大于所示数字），图表中标为“2000余”；“近”记为近似数，标为“近200”。',
        '每个数据都记录原文给出的时间段：累计数注明原文所给的起始、截至或报道日期，单次行动注明原文所给的日期；原文未给出日期的，注明“原文未注明日期”。比较各地的图表可以把不同时间段的数据并列，前提是它们统计同一事物、属同一层级、同一主题；此时每一条都标明各自的时间段，图表注明不能直接比较。数据从不相加。',
        '一个图表只含一个主题：“两卡”数据与侵犯公民个人信息数据从不画在一起。比较各地的图表只含一种口径：同类数字的不同口径（全部犯罪嫌疑人、仅贩卡人员、含上下游关联犯罪）从不并列。单次行动的图表可以列出同一单位、同一时间段的几项数字（如查获银行卡与电话卡），每一条注明所统计的事物。',
        '不同层级的数据从不画在同一图表中，也不相加：省级累计数可能已包含同一时期内辖区市、县的行动数据，双方页面均有说明（见下文“可能重叠”）。“其中”的部分数据画在总数之内，不与总数相加。',
        '每个数据都附有原文短语与页码，可逐条核对。',
      ],
      qualifiers: '限定词',
      levels: '层级',
      levelsText: '省级（省、自治区、直辖市）、地级（地级市）、县级（县、县级市）。',
      placesHeading: '地区',
      places: '各地区的上级行政区及六位代码取自国家标准GB/T 2260《中华人民共和国行政区划代码》，而非原文。',
      basesHeading: '每项事实的出处',
      basesLead:
        '不仅是数字：每个数字的日期（起止、截至或报道日期）、所属行动、报告单位、发生地和所属整体，行动的类别、主题、地区、起止日期和所属关系，以及报告单位的名称和地区也是事实，各自注明出处（provenance表）。出处分为以下几类：',
      mayOverlap:
        '“可能重叠”：两组数字可能包含同一批人或物，不可相加。除人工记录的条目外，本站还自动找出此类情况：某数据所属地区位于另一数据的地区之内、统计同一类对象（同一指标，或同一类别的不同口径，如全部抓获的犯罪嫌疑人与抓获的贩卡嫌疑人）、时间段与之重叠或未写全，二者即可能重叠。较小地区的每组此类数据（如一个县的案件：同一地区、行动和时间段）生成一条记录，列明这组数据及其可能重叠的上级地区的每组数据（超过三组时只写行动、时间段和页码，各项数据见该记录的 figures 列）；这些记录与其他条目一并列于下方，并收入差异表（discrepancies），每个数据的页面也注明它可能与另一方的哪些数据重叠。',
      correctionsHeading: '审核更正',
      corrections: [
        '大庆“4.03”专案始于2020年2月发现线索；专案组成立于其后，原文未写明日期。没有数据记为2月：那是发现线索、两款软件和3名开发者的时间（即案件开始）；收网数字自5月5日起算（第56页）。',
        '“重庆渝中”为重庆市渝中区，并非甘肃榆中县；“8市”原文只列出7个，已注明（第56页）。',
        '榆中县“在我市部分区县”开卡的数字，所在地填为兰州市（第58页）。',
        '“2020.3.15”案为购买（而非出售）车辆档案信息（第57页）。',
        '大庆181人与黑龙江91人可能重叠：注明“不可相加”，而非“互不相同”。',
      ],
    },
    dataPage: {
      lead: '全部数据均可下载。CSV为UTF-8编码（带BOM），可直接用Excel打开；数值为基本单位的整数，原文的表述方式单列两列：qualifier（exact 确数、at_least 余/多、approximately 近、rounded 取整表述如“4.9万”）与 precision（“4.9万”为1000）。',
      table: '数据表',
      contents: '内容',
      rows: '行数',
      dates:
        '日期为ISO格式（2020、2020-12或2020-12-25，精确到原文给出的程度）。as_of为原文印出的累计数截至日期；reported为数据的发布或通报日期（原文未印“截至”时，数据截至该日或之前）；period_start为累计数或行动的起始日期，period_end为行动的结束日期。不同层级、不同时间口径的数据不可相加。',
      version: (v: string) => `数据版本：${v}`,
      downloadsHeading: '全部下载',
      file: '文件',
      format: '格式',
      size: '大小',
      excelCsv: 'CSV（Excel安全）',
      plainCsv: 'CSV（原样）',
      json: 'JSON',
      csvNote:
        "Excel安全CSV带BOM，形似公式的单元格（以=、+、-、@开头）前加 ' 以免被执行；原样CSV（plain/）与JSON保留原文不变，适合程序读取。",
      files: {
        zip: '全部文件打包（含README与SHA256SUMS）',
        db: 'SQLite数据库（含主键、外键与figures_explained表）',
        xlsx: 'Excel工作簿：每个数据表一个工作表，数值为数字，日期与id为文本，另附说明与引用',
        datapackage: 'Frictionless数据包描述（datapackage.json）',
        sums: 'SHA256校验和',
        catalog: 'DCAT数据目录',
        feed: '数据更新订阅（Atom）',
        readme: '说明文件',
      } as Record<string, string>,
      loadHeading: '如何读取',
      citeHeading: '许可与引用',
      changelog: '更新记录',
    },
    notFound: {
      title: '找不到页面',
      /** The sentence around the three links (overview, places, data): text before, between and after. */
      text: ['此地址没有页面。请从', '、', '或', '开始。'],
      links: ['概览', '地区', '数据下载'],
    },
  },
  chart: {
    value: (v, q, quote) => formatValue(v, q, 'zh', quote),
    valueInWords: (v, q, quote) => valueInWords(v, q, 'zh', quote),
    number: (v) => formatNumber(v, 'zh'),
    qualifiers: qualifiers,
    page: (n) => pages(n),
    unit: (label) => `单位：${label}`,
    dataTable: '数据表',
    tooltipSeparator: '：',
    labelled: (label, text) => `${label}：${text}`,
    aside: (text) => `（${text}）`,
    columns: {
      item: '项目',
      value: (unit) => `数值（${unit}）`,
      qualifier: '限定',
      period: '时期',
      page: '页码',
      quote: '原文',
    },
    hatchNote: (parts) => `斜线条形为非确数：${parts.join('，')}。`,
    hatchAtLeast: '“余”表示多于此数',
    hatchApproximately: '“近”表示接近此数',
    hatchRounded: '“≈”表示原文为取整的数',
    tileMap: {
      noData: '无数据',
      shortNames: {
        beijing: '北京',
        tianjin: '天津',
        hebei: '河北',
        shanxi: '山西',
        'inner-mongolia': '内蒙古',
        liaoning: '辽宁',
        jilin: '吉林',
        heilongjiang: '黑龙江',
        shanghai: '上海',
        jiangsu: '江苏',
        zhejiang: '浙江',
        anhui: '安徽',
        fujian: '福建',
        jiangxi: '江西',
        shandong: '山东',
        henan: '河南',
        hubei: '湖北',
        hunan: '湖南',
        guangdong: '广东',
        guangxi: '广西',
        hainan: '海南',
        chongqing: '重庆',
        sichuan: '四川',
        guizhou: '贵州',
        yunnan: '云南',
        tibet: '西藏',
        shaanxi: '陕西',
        gansu: '甘肃',
        qinghai: '青海',
        ningxia: '宁夏',
        xinjiang: '新疆',
        taiwan: '台湾',
        'hong-kong': '香港',
        macao: '澳门',
      },
      item: (name, value) => `${name}${value}`,
      description: (legend, items, rest) =>
        `中国34个省级行政区方块地图，每个方块代表一个省级行政区。${legend}：${items.join('；') || '无'}。其余${rest}个无数据。`,
    },
  } satisfies ChartWords as ChartWords,
  forms: {
    form: {
      ranked: {
        more: (n: number) => `另有${n}项见数据表`,
        mark: '*',
        alt: ({ title, subtitle, unit, bars, highlighted, more }) =>
          `条形图：${title}，${subtitle}。共${bars.length}项，从大到小：${bars.join('；')}${more ? `；另有${more}项` : ''}。` +
          `${highlighted ? `突出显示${highlighted}。` : ''}单位：${unit}。`,
        bar: (label, value, period) => (period ? `${label} ${value}（${period}）` : `${label} ${value}`),
        valueInWords: (d) => valueInWords(d.value, d.qualifier, 'zh', d.quote),
      },
      partWhole: {
        value: (v, q, quote) => formatValue(v, q, 'zh', quote),
        of: (part, whole) => `${whole}中的${part}`,
        withUnit: (value, unit) => `${value}${unit}`,
        alt: ({ whole, parts }) => `部分与整体图：${whole}；其中${parts.join('；')}。`,
        item: (label, value) => `${label}：${value}`,
      },
      downloadCsv: '下载CSV',
      share: '嵌入·图片·引用',
    } satisfies FormWords as FormWords,
    stat: {
      value: (v, q, quote) => formatValue(v, q, 'zh', quote),
      quote: '原文',
      qualifier: (q) => qualifiers[q],
      aside: (text) => `，${text}`,
      page: (n) => pages(n),
      csv: 'CSV',
      share: '嵌入·图片',
      unitGap: '',
    } satisfies StatWords as StatWords,
    timeline: {
      months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      year: (y) => `${y}年`,
      legend: {
        running: '进行中',
        uncertain: '日期仅知月份或年份',
        open: '结束日期不详',
        asOf: '数据截至或报道日期',
      },
      alt: (rows) => `时间线：${rows.join('；')}。`,
      row: (r) =>
        `${r.label}，${r.start ? date(r.start) : '开始日期不详'}至${r.end ? date(r.end) : '结束日期不详'}${r.asOf.length ? `，数据截至或报道于${r.asOf.map(date).join('、')}` : ''}`,
    } satisfies TimelineWords as TimelineWords,
    /** Subtitle of a ranked chart when its bars' periods differ (each bar shows its own). */
    periodsDiffer: '*时间段不同（见各条），不能直接比较',
    timelineTitle: '时间线',
    timelineNote:
      '行动与案件的起止日期，及其数据的截至或报道日期；每个日期的依据（原文或推断）见各行动、案件页面。',
    inContext: '与其他地区比较',
    inContextNote: '同一指标、同一级别、同一主题的各地数据，各条附时间段；本地区突出显示。',
    compared: '各地比较',
    comparedNote:
      '同一指标、同一级别、同一主题，从大到小，各条附时间段；级别不同的地区，以及“两卡”与公民个人信息的数据，从不画在一起。',
    metricComparedNote:
      '各地比较：每个图表只含一个级别、一个主题，从大到小，各条附时间段；级别不同的地区，以及“两卡”与公民个人信息的数据，从不画在一起。其余图表显示某地的一次行动，或画在总数之内的部分数据（其中）。',
    headlineStats: '主要数据',
    comparison: (metric: string) => `${metric}：各省比较`,
    tableMore: (shown: number, total: number) => `表中显示${total}项中的${shown}项；全部数据见CSV下载。`,
    tableCsv: '下载本表全部数据（CSV）',
    moreLinks: (n: number) => `另有${n}项，见索引`,
    moreCampaignLinks: (n: number) => `另有${n}项，见索引或所属行动的页面`,
    moreSections: (n: number) => `另有${n}组数据未在本页列出，全部数据见CSV。`,
    allCsv: '下载本页全部数据（CSV）',
    moreDiscrepancies: (n: number) => `另有${n}条未在此列出，全部见discrepancies表（CSV）。`,
    moreTimeline: (n: number) => `时间线仅显示前若干项，另有${n}项行动与案件。`,
    undatedTimeline: (names: string) => `原文未给出日期、故未画出：${names}。`,
  },
  embed: {
    viewOnSite: '在“打击治理数据”查看',
    shareTitle: (title: string) => `嵌入与分享：${title}`,
    chart: '图表',
    notFound: '找不到这张图表，可能已移动或改名。请在本站查找。',
    needsScript: '本图表由您的浏览器从本站页面取出并绘制：请启用 JavaScript，或在本站查看。',
    pageCsv: '本图所在页面的全部数据（CSV）',
    drawnOnRequest:
      '这些文件由您的浏览器根据本站页面生成（需启用 JavaScript）；全国数据下本站不预先生成每张图的文件。',
    noOembed: '全国数据下没有逐图的 oEmbed 地址：请使用上面的 iframe 代码。',
    embedHeading: '嵌入网页',
    iframe: '嵌入代码（iframe）',
    iframeHelp: '粘贴到网页中；高度固定，加入下面的脚本可自动适应内容高度。',
    resizer: '自动调整高度脚本（可选）',
    images: '图片',
    svg: 'SVG（矢量）',
    png1: 'PNG（1倍）',
    png2: 'PNG（2倍）',
    slide: '幻灯片 PNG（1920×1080）',
    drawnInBrowser: 'PNG 图片由您的浏览器根据上面的 SVG 绘制（需启用 JavaScript）。',
    csv: '本图数据（CSV）',
    offline: '离线文件（内网网页用，不请求任何外部资源）',
    oembed: 'oEmbed',
    citation: '引用',
    copy: '复制',
    copied: '已复制',
    preview: '预览',
    options: '嵌入的配色与语言',
    theme: '配色',
    themes: { light: '浅色（默认）', dark: '深色', auto: '跟随读者系统' },
    language: '语言',
    languages: { zh: '中文', en: 'English' },
    previewHelp: '按上面的代码、以默认尺寸显示。',
    siteUnknown:
      '本站构建时未设置公开地址（SITE_URL）：这里的代码和引用使用您打开本页的地址。粘贴到别处前请核对。',
    dataVersion: (v: string) => `数据版本 ${v}`,
    briefTitle: (name: string) => `简报：${name}`,
    briefLink: '打印简报',
    print: '打印或另存为PDF',
    headline: '主要数据',
    mainChart: '主要图表',
    mayOverlap: '可能重叠，不可相加',
    overlapLine: (places: string[], page: string) =>
      places.length > 1
        ? `${places.join('与')}的数据可能包含同一批人或物，不可相加（${page}）。`
        : `${places[0]}的两项数据可能包含同一批人或物，不可相加（${page}）。`,
    moreOverlaps: (n: number, address: string) => `另有${n}条此类说明，见 ${address}`,
    table: '数据表',
    moreRows: (n: number, address: string) => `另有${n}项数据，见 ${address}`,
    updated: (date: string) => `数据更新日期：${date}`,
    printedFrom: '本页地址',
    summary: (n: number, places: string[], more: number, pages: string) =>
      `共${n}项数据，涉及${places.length + more}个地区（${places.join('、')}${more ? `等` : ''}），见原文${pages}。`,
    compared: (metric: string, items: string[], comparable: boolean) =>
      `${metric}：${items.join('；')}${comparable ? '' : '（时间口径不同，不宜直接比较）'}。`,
    comparedItem: (place: string, value: string, period: string) =>
      period ? `${place}${value}，${period}` : `${place}${value}`,
    printed: (date: string) => `打印日期：${date}`,
    qr: '本页地址的二维码',
  },
  find: {
    search: {
      label: '搜索',
      placeholder: '搜索地区、行动、指标',
      /** The count of results, said by the search script: `{n}` is the number. */
      results: { none: '没有结果', one: '找到1条结果', many: '找到{n}条结果' },
      loading: '正在载入搜索……',
      failed: '搜索暂不可用。',
      /** The last line of the header box's top hits, to the results page: `{n}` is the number. */
      seeAll: '查看全部{n}条结果',
    },
    /** The results page (/search/?q=…). */
    results: {
      title: '搜索',
      label: '搜索本站',
      submit: '搜索',
      noJs: '搜索需要JavaScript。请启用JavaScript，或从地区、行动和指标的列表中查找：',
      empty: '请输入要搜索的词语。',
      /** `{n}` the number found, `{from}`–`{to}` the ones on this page. */
      range: '第{from}–{to}条',
      pages: '结果分页',
      previous: '上一页',
      next: '下一页',
      pageOf: '第{p}页',
    },
    theme: {
      /** Visible text of the switch, naming the theme it is in now. */
      label: '配色',
      names: { auto: '跟随系统', light: '浅色', dark: '深色' },
    },
    explorer: {
      nav: '全部数字',
      title: '全部数字',
      lead: '本站收录的每个数字，可搜索，可按地区、级别、行动、指标、限定、时期和页码筛选与排序；筛选结果的网址可直接分享。',
      filters: '筛选',
      any: '全部',
      place: '地区',
      level: '级别',
      levels: { province: '省级', prefecture: '地级', county: '县级' },
      campaign: '行动或案件',
      metric: '指标',
      qualifier: '限定',
      periodType: '时期',
      periodTypes: { cumulative: '累计', 'since-launch': '行动开展以来累计', operation: '单次行动' },
      page: '页码',
      /** The text filter: its label, and what it looks in. */
      text: '文字',
      textHint: '地区、指标、行动、机关或原文字句，中英文均可',
      /** The checkbox that leaves out the places within the chosen place. */
      alone: '只看本地',
      /** The table's caption: its column headings sort it. */
      sortHint: '点击列标题按该列排序，再点一次反向。',
      apply: '应用筛选',
      reset: '清除筛选',
      download: '下载筛选结果（Excel用CSV）',
      downloadPlain: '下载筛选结果（原样CSV）',
      downloadXlsx: '下载筛选结果（Excel .xlsx）',
      /** The README sheet of the filtered view's .xlsx, before the citation. */
      xlsx: {
        cells:
          '“全部数字”一个筛选结果的数字，一个工作表，列与figures-explained相同。数值为数字；日期（YYYY、YYYY-MM、YYYY-MM-DD）与id为文本，Excel不会把“2020-10”改成日期。',
        view: (address: string) => `本筛选结果：${address}`,
      },
      /** How many figures are shown, of all (numbers already in words). */
      count: {
        all: (total: string) => `全部${total}个数字`,
        filtered: (shown: string, total: string) => `显示${total}个数字中的${shown}个`,
        /** Not every figure drawn yet ("Show more" draws the next ones), none filtered out. */
        more: (shown: string, total: string) => `已显示${total}个数字中的${shown}个`,
        paged: (shown: string, matching: string, total: string) =>
          `已显示${shown}个，符合条件${matching}个，共${total}个数字`,
        none: (total: string) => `${total}个数字中没有符合筛选条件的。`,
      },
      more: '显示更多',
      pageOf: (n: number, of: number) => `第${n}页，共${of}页`,
      pagination: '分页',
      previous: '上一页',
      next: '下一页',
      open: '查看',
      /** Without JavaScript: what needs it, and the pages that hold the same figures. */
      noScript:
        '筛选、搜索和排序需要JavaScript。没有JavaScript时，下表分页列出全部数字；同样的数字也见于各地区和各指标的页面。',
      noScriptPlaces: '地区（含下辖地区）：',
      noScriptMetrics: '指标：',
      filterAll: '在第一页筛选、排序全部数字并绘图',
      columns: {
        figure: '数字',
        place: '地区',
        level: '级别',
        campaign: '行动或案件',
        metric: '指标',
        value: '数值',
        qualifier: '限定',
        period: '时期',
        page: '页码',
      },
    },
  },
  sources: {
    /** A fact's basis, as a short label. */
    basis: {
      source: '原文',
      inferred: '推断',
      background: '背景知识',
      standard: '国家标准',
      counted: '据原文所列姓名计数',
    } as Record<Basis, string>,
    /** A discrepancy's kind, as a short label (the code stays in the discrepancies table's `kind`). */
    discrepancyKind: {
      'heading-body': '标题与正文不符',
      'place-name': '地名有误',
      'inconsistent-figures': '数字前后不一',
      'extraction-loss': '文本提取丢字',
      'missing-unit': '未写单位',
      'missing-date': '未写日期',
      wording: '措辞',
      'may-overlap': '可能重叠',
    } as Record<DiscrepancyKind, string>,
    /** What each basis means, for the methodology page. */
    basisMeaning: {
      source: '原文明确给出，附页码与简短原文。',
      inferred: '原文未明言，由上下文推断，附理由。',
      background: '原文未给出，取自背景知识（如术语表），附理由。',
      standard: '取自国家标准（如GB/T 2260），而非原文。',
      counted: '原文未给出数字，只列出姓名，据此计数，附理由。',
    } as Record<Basis, string>,
    facts: {
      kind: '类别',
      topic: '主题',
      place: '地区',
      start: '开始',
      end: '结束',
      parent: '所属',
    } as Record<string, string>,
    quoted: (page: string, quote: string) => `${page}${/^“[^“”]*”$/.test(quote) ? quote : `“${quote}”`}`,
    /** `label: reason` of an inferred, background or counted fact. */
    because: (label: string, reason: string) => `${label}：${reason}`,
    /** A fact's origin after its value, in brackets. */
    origin: (text: string) => `（${text}）`,
    /**
     * A derived may-overlap row (data/overlaps.ts): the figures of a place within others (a county's
     * case), then the figures of the places around it that may count the same (its province's).
     */
    mayOverlap: {
      row: (innerPlace: string, outerPlaces: string[], inner: string, outers: string) =>
        `${innerPlace}的以下数据与${outerPlaces.join('、')}的数据可能包含同一批人或物，不可相加：${innerPlace}位于${outerPlaces.join('、')}境内，二者统计同一类对象，时间段重叠或原文未写全。${inner}${outers}`,
      side: (place: string, campaign: string, period: string, page: string, items: string[]) =>
        `${place}，${campaign}（${period}；${page}）：${items.join('；')}。`,
      /** The groups of one larger place named briefly (a row naming many): by campaign, period and page. */
      briefSide: (place: string, groups: string[]) => `${place}：${groups.join('；')}。`,
      group: (campaign: string, period: string, page: string) => `${campaign}（${period}；${page}）`,
      /** A derived row on the page of a figure of the larger place: the smaller place's figures only. */
      /** …and on the page of a figure of the smaller place: the larger places' groups. */
      around: (places: string[], outers: string) =>
        `本地所在的${places.join('、')}的以下数据可能与本数据包含同一批人或物，不可相加：${outers}`,
      within: (place: string, inner: string) =>
        `${place}境内的以下数据可能与本数据包含同一批人或物，不可相加：${inner}`,
      item: (name: string, value: string) => `${name}（${value}）`,
      value: (value: string, unit: string) => `${value}${unit}`,
    },
    figurePage: {
      crumb: '数据',
      qualifier: '限定',
      unit: '单位',
      period: '时期',
      place: '地区',
      locatedIn: '对象所在地',
      campaign: '行动',
      agency: '报告机构',
      metric: '指标',
      definition: '定义',
      quote: '原文',
      page: '页码',
      partOf: '所属数字',
      counted: '计数依据',
      discrepancies: '涉及此数字的原文不一致',
      appearsIn: '出现在',
      note: '说明',
      /** A figure's dates, each listed with its basis. */
      dates: {
        period_start: '起始日期',
        period_end: '结束日期',
        as_of: '截至日期',
        reported: '报道日期',
      },
      /** The start of a since-launch total, under "period starts". */
      launch: '行动开展时',
      /** How precisely the source states a value: 精确到千位. */
      stated: (precision: number) =>
        `精确到${({ 10: '十', 100: '百', 1000: '千', 10000: '万', 100000: '十万', 1000000: '百万', 10000000: '千万' } as Record<number, string>)[precision] ?? formatNumber(precision, 'zh')}位`,
    },
    cite: {
      heading: '引用',
      summary: '引用本页',
      plain: '文本',
      accessNote: '访问日期为您阅读本页的日期（由浏览器填写）；在下载的文件中，请自行填写YYYY-MM-DD。',
      link: '如何引用',
      chart: '引用',
    },
    license: {
      line: '数据采用 CC BY 4.0 许可；代码采用 MIT 许可；原文著作权归出版者所有，仅引用简短原文。',
      link: 'CC BY 4.0',
    },
  },
  exports: {
    /** The dataset as a whole: its name, what it holds, its terms. */
    /** The data releases feed. */
    feed: { release: (version: string) => `数据发布 ${version}` },
    about: {
      country: '中国',
      keywords: ['断卡', '电信网络诈骗', '公民个人信息'],
      title: '打击治理数据',
      description:
        '公安机关公布的“断卡”行动及侵犯公民个人信息犯罪打击治理数据，每个数字均附单位、限定词（余、近）、时期、地点、报告机构及出处页码与原文短语。',
      creator: '打击治理数据',
      terms:
        '整理后的数据（本数据表）采用知识共享署名 4.0 国际许可协议（CC BY 4.0）：可自由分享和改编，但须注明“打击治理数据”及数据版本。代码采用 MIT 许可证。来源文本的著作权归其出版者所有；本数据仅引用简短原文，用以说明每个数字的出处。',
    },
    /** What each published table holds. */
    tables: {
      sources: '数据所出自的出版物。',
      places: '省、地级、县级行政区及其GB/T 2260代码。',
      campaigns: '全国性专项行动、地方行动和案件。',
      agencies: '报告数据的公安机关和企业。',
      metrics: '统计指标及其单位。',
      figures: '每个报告数字一行。',
      discrepancies:
        '来源自相矛盾之处及数据的处理方式；另含根据地区与时间段推得的、可能包含同一批人的数据（may-overlap）。',
      provenance:
        '数字原文以外各项事实的出处：数据的日期、所属行动、报告单位、发生地与所属整体，行动的类别、主题、地区、起止日期与所属关系，报告单位的名称与地区，以及据姓名所作的计数，均附依据类别（source、inferred、background、standard、counted）、页码、原文与理由。',
      'figures-explained': '每个数字及其名称、单位、级别和时期（中英文），自成一表。',
    },
    /** What each column means: by `<table>.<column>` where tables differ, else by column name. */
    columns: {
      id: '稳定标识符（小写ASCII）。',
      name_zh: '中文名称。',
      name_en: '英文名称。',
      title_zh: '中文标题。',
      title_en: '英文标题。',
      publication_zh: '出版物（中文）。',
      publication_en: '出版物（英文）。',
      section_zh: '栏目（中文）。',
      section_en: '栏目（英文）。',
      year: '所报道事件的年份。',
      first_page: '来源文本的起始页。',
      last_page: '来源文本的结束页。',
      file: '来源文本的文件名。',
      note_en: '英文说明。',
      note_zh: '中文说明。',
      level: '行政级别：省级（province）、地级（prefecture）或县级（county）。不同级别的数字不可相加。',
      type: '行政区类型。',
      'places.parent': '上一级行政区（places 的 id）。',
      gbt2260: '六位GB/T 2260行政区划代码。',
      kind: '类别（见允许值）。',
      topic: 'two-cards（“两卡”）或 personal-information（公民个人信息）。',
      'campaigns.parent': '所属的专项行动或行动。',
      'campaigns.place': '组织行动的公安机关所在地；全国性行动及原文未说明由谁组织的行动为空。',
      start: '开始日期（精度同来源）。',
      end: '结束日期（精度同来源）。',
      page: '来源页码。',
      'agencies.place': '机构所在地。',
      unit: '该指标数值的单位。',
      family:
        '以不同口径统计同一类对象的指标属于同一类别（如全部抓获的犯罪嫌疑人与抓获的贩卡嫌疑人）：其数据可能重叠，且不在同一图表中比较。为空：该指标自成一类。',
      definition_en: '统计口径（英文）。',
      definition_zh: '统计口径（中文）。',
      place: '正文所指机构的所在地（places 的 id）。',
      located_in: '被统计对象所在地（与 place 不同时）。',
      agency: '报告机构（agencies 的 id）。',
      campaign: '专项行动、行动或案件（campaigns 的 id）。',
      metric: '统计指标（metrics 的 id）。',
      value: '以基本单位表示的数值（单位见指标），如“1500余万条”为15000000；须与 qualifier 一起读。',
      qualifier:
        'exact（确数，原文给出每一位）；at_least（“余”“多”）；approximately（“近”）；rounded（取整的表述，如“4.9万”）。',
      precision: '原文所给最后一位的位值：给出每一位为1，“4.9万”为1000，“120万”为10000。',
      period_type:
        'cumulative（累计数：自 period_start，或原文未说明起点）；since-launch（原文为“行动开展以来”的累计数）；operation（单次行动或案件的战果）。',
      period_start: '起始日期（“以来”）。',
      period_end: '行动结束日期。',
      as_of: '累计数的截止日期（原文印出的“截至”）。',
      reported:
        '数据的发布或通报日期（如“12月25日从甘肃省公安厅获悉”“会议通报”）。无as_of时，数据截至该日或之前；有as_of时，reported不早于as_of。',
      source: '出处（sources 的 id）。',
      quote: '来源页中给出该数字的简短原文。',
      part_of: '本数字所属的上位数字（“其中”）：二者不可相加。',
      detail_zh: '具体统计对象（中文）。',
      detail_en: '具体统计对象（英文）。',
      figures: '受影响数字的 id，以空格分隔。',
      text_en: '问题及处理方式（英文）。',
      text_zh: '问题及处理方式（中文）。',
      metric_zh: '指标中文名。',
      metric_en: '指标英文名。',
      place_zh: '地名（中文）。',
      place_en: '地名（英文）。',
      province_zh: '所在省份（中文）。',
      province_en: '所在省份（英文）。',
      located_in_zh: '被统计对象所在地（中文）。',
      located_in_en: '被统计对象所在地（英文）。',
      agency_zh: '报告机构（中文）。',
      agency_en: '报告机构（英文）。',
      campaign_zh: '行动名称（中文）。',
      campaign_en: '行动名称（英文）。',
      campaign_kind: '行动类别：campaign、operation 或 case。',
      period_zh: '时期（中文表述）。',
      period_en: '时期（英文表述）。',
      table: '事实所在的数据表。',
      'provenance.id': '事实所属行的 id。',
      field: '事实所在的列（start、end、parent、value等）。',
      basis:
        'source（原文明言）、inferred（由上下文推断）、background（背景知识）、standard（国家标准）、counted（据原文姓名计数）。',
      'provenance.page': '支持该事实的来源页码；背景知识为空。',
      'provenance.quote': '该页的简短原文。',
      reason_en: '依据非原文时的理由（英文）。',
      reason_zh: '依据非原文时的理由（中文）。',
      url: '该数字在本站的专页网址，可用一个链接引用一个数字。',
      source_title_zh: '来源文章标题。',
    } as Record<string, string>,
    /** The README of the downloads. */
    /** The README sheet of the .xlsx workbook. */
    workbook: {
      version: (version: string) => `数据版本 ${version}`,
      cells:
        '每个数据表一个工作表，与CSV文件相同。数值为数字；日期（YYYY、YYYY-MM、YYYY-MM-DD）与id为文本，Excel不会把“2020-10”改成日期。',
      cite: '引用：',
    },
    readme: {
      version: '数据版本',
      files: '文件',
      file: '文件',
      fileRows: [
        [
          '`<table>.csv`',
          "供 Excel、WPS 打开：带 BOM 的 UTF-8；以 = + - @ 开头的单元格（公式）前加 `'`，不会被执行；-5 等数字保持不变",
        ],
        [
          '`plain/<table>.csv`',
          '每个单元格的原文（RFC 4180，无 BOM 的 UTF-8），供程序读取，即 `datapackage.json` 所描述的文件',
        ],
        ['`<table>.json`', '原文，数字为数值：`{"columns": [...], "rows": [{...}]}`'],
        [
          '`crackdown-data.db`',
          'SQLite 数据库，含全部数据表（`figures_explained` 即 figures-explained）及主键外键',
        ],
        [
          '`crackdown-data.xlsx`',
          'Excel工作簿：每个数据表一个工作表，数值为数字，日期与id为文本，另附说明与引用',
        ],
        ['`datapackage.json`', 'Frictionless 数据包：字段类型、允许值、主键外键、文件大小及 SHA-256'],
        ['`SHA256SUMS`', '每个文件的 SHA-256，可用 `sha256sum -c SHA256SUMS` 校验'],
      ],
      tables: '数据表与字段',
      rows: '行',
      column: '字段',
      type: '类型',
      meaning: '含义',
      units: '单位',
      unitsIntro:
        '`value` 以基本单位表示（人、起、元……），单位取自指标（metrics.csv），figures-explained 的 `unit` 列亦有。',
      metric: '指标',
      unit: '单位',
      figures: '数字',
      qualifiers: '限定词',
      qualifierWords: {
        exact: '来源给出的确数',
        at_least: '多于该值（“余”“多”）',
        approximately: '接近该值（“近”）',
        rounded: '原文为取整的表述（如“4.9万”），精确到 precision 所示位数',
      },
      levels: '级别',
      levelsIntro:
        '每个数字属于其地点的行政级别。不同级别的数字不可相加：省级累计数可能已包含县级行动的数字（见discrepancies表中的may-overlap条目）。',
      levelWords: { province: '省级行政区', prefecture: '地级行政区', county: '县级行政区' },
      periods: '时期',
      periodWords: {
        cumulative:
          '累计数：自 `period_start`（原文未说明起点时为空）至 `as_of` 或报道日期 `reported`（原文给出时）；否则终点未注明',
        'since-launch': '原文为“行动开展以来”的累计数：至 `as_of` 或报道日期 `reported`',
        operation: '单次案件或行动的战果：`period_start` 至 `period_end`',
      },
      periodsIntro: '时期不同的数字不能直接比较。数据中的时期：',
      cite: '引用方式',
      discrepancies: '来源中的矛盾之处',
      page: '页',
      affected: '涉及数字',
      moreDerived: (n: number) => `另有${n}条根据地区与时间段推得的may-overlap记录，见discrepancies表。`,
      licence: '许可',
      datasetTitle: '打击治理数据数据集',
      where: (page: number, p: string) => `第${page}${p}`,
    },
    /** The ways to load the data on the data page. */
    snippets: {
      pandas: 'Python（pandas）',
      excel: 'Excel 或 WPS',
      excelSteps: (url: string) =>
        `下载 ${url} 后直接打开：文件为带 BOM 的 UTF-8，中文可正常显示；形似公式的单元格前有 '，不会被执行。若使用 Excel“数据 > 从文本/CSV”导入，请选择“65001: Unicode (UTF-8)”。`,
      curl: '全部文件并校验（curl）',
    },
    /** Citations in plain text and BibTeX. */
    cite: {
      source: (title: string, publication: string, year: string, page?: number) =>
        `来源：《${title}》，${publication}，${year}年${page === undefined ? '' : `，第${page}页`}。`,
      title: (title: string) => `《${title.replaceAll('《', '〈').replaceAll('》', '〉')}》`,
      text: (site: string, title: string, version: string, url: string, accessed: string, source?: string) =>
        `${site}：${title}，数据版本 ${version}。${url}（访问日期：${accessed}）。${source ?? ''}`,
      bibLanguage: 'chinese',
    },
  },
  /** Each unit's counting word or name. */
  units: {
    people: '人',
    officers: '人',
    cases: '起',
    gangs: '个团伙',
    groups: '个小组',
    dens: '处窝点',
    companies: '家公司',
    sources: '个',
    chains: '条',
    tools: '款',
    cards: '张',
    sets: '套',
    accounts: '套',
    phones: '部',
    computers: '台',
    devices: '个',
    vehicles: '台',
    records: '条',
    leads: '条',
    numbers: '个号码',
    documents: '个',
    channels: '家',
    teams: '个',
    zones: '个',
    departments: '个部门',
    'sub-bureaus': '个分局',
    provinces: '个省（区、市）',
    cities: '个市',
    'cities-counties': '个市县',
    days: '天',
    months: '个月',
    yuan: '元',
    'yuan-per-set': '元/套',
  } as Record<Unit, string>,
  /** The unit after exactly 1: Chinese counting words do not change. */
  unitOfOne: (_unit: Unit, name: string) => name,
  /** The explorer's chart of its selection (src/client/selection-chart.ts): strings only, as the page hands them to the script, which fills in each `{name}`. */
  selectionChart: {
    open: '绘制所选',
    close: '关闭图表',
    heading: '所选数字的图表',
    lead: '每个指标、每个层级各一张图：单位、层级或口径不同的数字从不画在同一坐标轴上；每个条形为一个数字。',
    loading: '正在加载图表…',
    failed: '图表无法加载。',
    empty: '没有可绘制的数字：请更改筛选条件。',
    sort: '条形排序',
    sorts: { value: '按数值，从大到小', name: '按名称', view: '按表格顺序' },
    highlight: '突出显示地区',
    noHighlight: '不突出显示',
    title: '{metric} · {level}',
    titleTopic: '{metric} · {level} · {topic}',
    levels: { province: '省级', prefecture: '地级', county: '县级' },
    nameJoin: ' · ',
    valueUnit: '{value}{unit}',
    unit: '单位：{unit}',
    periodMark: '†',
    periodsDiffer: '† 时期不同，不能直接比较。',
    hatch: '浅色斜线条形为非确数：{parts}。',
    hatchParts: {
      at_least: '“余”表示多于此数',
      approximately: '“近”表示接近此数',
      rounded: '“≈”表示原文为取整的数',
    },
    partsSeparator: '，',
    source: '来源：{publication}，{pages}',
    publication: '《{title}》',
    page: '第{n}页',
    pages: '第{list}页',
    pageSeparator: '、',
    version: '数据版本 {version}',
    window: '图中为第{from}–{to}个条形，共{total}个',
    description: '{title}。横向条形图，{n}个数字，{sort}。{extremes}',
    extremes: '最大：{max}；最小：{min}。',
    quoteAt: '{page}：{quote}',
    bar: '{name}：{value}，{qualifier}，{period}，{page}',
    keys: '用方向键在条形间移动，回车键突出显示该地区，Esc键隐藏详情。',
    dataTable: '数据表',
    columns: { item: '地区', value: '数值（{unit}）', qualifier: '限定', period: '时期', page: '页码' },
    png: '下载PNG图片',
    svg: '下载SVG图片',
  },
  /** Periods in words: dates come in words (formatDate). */
  periods: {
    cumulative: {
      range: (start: string, asOf: string) => `${start}至${asOf}累计`,
      asOf: (asOf: string) => `截至${asOf}累计`,
      since: (start: string) => `${start}以来`,
      total: '累计',
      undated: '累计（原文未注明日期）',
    },
    sinceLaunch: {
      asOf: (asOf: string) => `当地行动开展以来，截至${asOf}`,
      plain: '当地行动开展以来（原文未注明开始日期）',
      undated: '当地行动开展以来（原文未注明开始日期和截至日期）',
    },
    operation: {
      range: (start: string, end: string) => `${start}至${end}`,
      from: (start: string) => `${start}起`,
      until: (end: string) => `至${end}`,
      unknown: '起止日期不详',
      undated: '原文未注明日期',
    },
    /** After a period the text dates only by when its figures were released (获悉, 通报), not by 截至. */
    reported: (date: string) => `，${date}报道`,
    noEnd: '（原文未注明截至日期）',
  },
};
