/** Stand-ins in the share page made on request (on-request.ts) that its script replaces with the chart's title, address and height. */
export const TITLE_SLOT = '%TITLE%';
export const URL_SLOT = '%URL%';
export const HEIGHT_SLOT = '%HEIGHT%';
