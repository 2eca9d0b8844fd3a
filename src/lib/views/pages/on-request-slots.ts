/** Stand-ins in the share page made on request (on-request.ts) that its script replaces with the chart's title and address. */
export const TITLE_SLOT = '%TITLE%';
export const URL_SLOT = '%URL%';
