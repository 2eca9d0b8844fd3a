/** Who publishes the data and under which terms: the same words in every download. */
export const DATASET = {
  name: 'crackdown-data',
  title: { en: 'Crackdown Data', zh: '打击治理数据' },
  description: {
    en: 'Chinese police figures on the card-breaking (断卡) campaign against the trade in bank and phone cards and on crimes against citizens’ personal information, each with its unit, qualifier, period, place, agency and the source page and phrase that state it.',
    zh: '公安机关公布的“断卡”行动及侵犯公民个人信息犯罪打击治理数据，每个数字均附单位、限定词（余、近）、时期、地点、报告机构及出处页码与原文短语。',
  },
  creator: { en: 'Crackdown Data', zh: '打击治理数据' },
  keywords: [
    '断卡',
    'card-breaking',
    'telecom fraud',
    '电信网络诈骗',
    'personal information',
    '公民个人信息',
    'China',
    'police',
  ],
} as const;

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The terms in words, for READMEs and pages. */
export const TERMS = {
  en: 'The curated data (these tables) is licensed under CC BY 4.0: share and adapt it, citing "Crackdown Data" and the data version. The code is under the MIT licence. The source texts belong to their publishers; the data quotes them in short phrases only, to show where each figure comes from.',
  zh: '整理后的数据（本数据表）采用知识共享署名 4.0 国际许可协议（CC BY 4.0）：可自由分享和改编，但须注明“打击治理数据”及数据版本。代码采用 MIT 许可证。来源文本的著作权归其出版者所有；本数据仅引用简短原文，用以说明每个数字的出处。',
} as const;
