import { publicationOf } from '../i18n/publication.ts';
import { nameOf, otherLocale, type Locale } from '../i18n/locale.ts';
import { words } from '../i18n/words.ts';
import type { Query } from '../data/query.ts';
import { DATA_LICENSE, DATASET } from './about.ts';
import * as urls from '../urls.ts';

/** One downloadable file of the dataset. */
export interface Distribution {
  /** Path under /data/, e.g. `plain/figures.csv`. */
  path: string;
  bytes: number;
  mediaType: string;
}

/** The first and last date any figure or campaign names, as an ISO 8601 interval (`2020-02/2020-12-25`). */
export function temporalCoverage(q: Query): string {
  const dates = [
    ...q.data.figures.flatMap((f) => [f.period_start, f.period_end, f.as_of, f.reported]),
    ...q.data.campaigns.flatMap((c) => [c.start, c.end]),
  ]
    .filter(Boolean)
    .sort();
  return `${dates[0]}/${dates.at(-1)}`;
}

const provincesWithData = (q: Query) =>
  [...new Set(q.data.figures.map((f) => q.provinceOf(f.place).id))].map((id) => q.place(id));

/** schema.org `Dataset` JSON-LD for the data page: name, licence, creator, coverage and every download. */
export function datasetJsonLd(
  q: Query,
  version: string,
  siteUrl: string,
  files: Distribution[],
  locale: Locale,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${siteUrl}${urls.dataPage('zh')}#dataset`,
    name: DATASET.title[locale],
    alternateName: DATASET.title[otherLocale(locale)],
    description: DATASET.description[locale],
    url: `${siteUrl}${urls.dataPage(locale)}`,
    inLanguage: ['zh', 'en'],
    version,
    dateModified: version,
    keywords: [...DATASET.keywords],
    license: DATA_LICENSE.path,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: DATASET.creator[locale], url: `${siteUrl}${urls.home('zh')}` },
    temporalCoverage: temporalCoverage(q),
    spatialCoverage: {
      '@type': 'Place',
      name: words(locale).exports.about.country,
      containsPlace: provincesWithData(q).map((p) => ({
        '@type': 'AdministrativeArea',
        name: nameOf(p, locale),
        identifier: p.gbt2260,
      })),
    },
    citation: q.data.sources.map(
      (s) => `${s.title_zh}. ${publicationOf(s, 'zh')}, ${s.year}, pp. ${s.first_page}-${s.last_page}`,
    ),
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      contentUrl: `${siteUrl}${urls.dataFile(f.path)}`,
      encodingFormat: f.mediaType,
      contentSize: `${f.bytes} B`,
    })),
  };
}

/** A DCAT catalogue (JSON-LD) holding the dataset and its downloads. */
export function dcatCatalog(q: Query, version: string, siteUrl: string, files: Distribution[]) {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${siteUrl}${urls.dataFile('catalog.jsonld')}`,
    '@type': 'dcat:Catalog',
    'dct:title': [
      { '@value': DATASET.title.en, '@language': 'en' },
      { '@value': DATASET.title.zh, '@language': 'zh' },
    ],
    'foaf:homepage': { '@id': `${siteUrl}${urls.home('zh')}` },
    'dcat:dataset': {
      '@id': `${siteUrl}${urls.dataPage('zh')}#dataset`,
      '@type': 'dcat:Dataset',
      'dct:title': [
        { '@value': DATASET.title.en, '@language': 'en' },
        { '@value': DATASET.title.zh, '@language': 'zh' },
      ],
      'dct:description': [
        { '@value': DATASET.description.en, '@language': 'en' },
        { '@value': DATASET.description.zh, '@language': 'zh' },
      ],
      'dcat:keyword': [...DATASET.keywords],
      'dct:license': { '@id': DATA_LICENSE.path },
      'dct:creator': { '@type': 'foaf:Agent', 'foaf:name': DATASET.creator.en },
      'dct:modified': { '@value': version, '@type': 'xsd:date' },
      'dcat:version': version,
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': temporalCoverage(q).split('/')[0],
        'dcat:endDate': temporalCoverage(q).split('/')[1],
      },
      'dct:spatial': provincesWithData(q).map((p) => ({
        '@type': 'dct:Location',
        'dct:identifier': p.gbt2260,
        'foaf:name': p.name_en,
      })),
      'dcat:landingPage': { '@id': `${siteUrl}${urls.dataPage('zh')}` },
      'dcat:distribution': files.map((f) => ({
        '@type': 'dcat:Distribution',
        'dct:title': f.path,
        'dcat:downloadURL': { '@id': `${siteUrl}${urls.dataFile(f.path)}` },
        'dcat:mediaType': f.mediaType,
        'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:nonNegativeInteger' },
        'dct:license': { '@id': DATA_LICENSE.path },
      })),
    },
  };
}
