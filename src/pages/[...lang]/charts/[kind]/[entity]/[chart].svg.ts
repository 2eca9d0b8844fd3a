import type { APIRoute } from 'astro';
import { standaloneFormSvg } from '../../../../../lib/charts/standalone.ts';
import type { FormChartSpec } from '../../../../../lib/charts/types.ts';
import { siteData } from '../../../../../lib/data/index.ts';
import { LOCALES, type Locale } from '../../../../../lib/i18n/locale.ts';
import { langParam } from '../../../../../lib/i18n/routes.ts';
import { chartFormWords } from '../../../../../lib/i18n/words/chart-forms.ts';
import { allPageBlocks } from '../../../../../lib/views/page-charts.ts';

export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    allPageBlocks(siteData(), locale).flatMap(({ kind, entity, block }) =>
      block.kind === 'chart'
        ? [
            {
              params: { lang: langParam(locale), kind, entity, chart: block.id },
              props: { spec: block.spec, locale },
            },
          ]
        : [],
    ),
  );
}

/** One chart as a self-contained SVG file, for slides and documents. */
export const GET: APIRoute = ({ props }) => {
  const { spec, locale } = props as { spec: FormChartSpec; locale: Locale };
  return new Response(standaloneFormSvg(spec, chartFormWords(locale).form), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
