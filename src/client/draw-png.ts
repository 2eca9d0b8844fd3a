/**
 * PNGs drawn in the reader's browser, on the share pages of a build that does not make them ahead
 * (CHART_PNG_LIMIT, see docs/deploy.md): only those pages load this script.
 */
/** Draws the chart's SVG (same origin, so the canvas stays readable) into a PNG: 1×, 2× or centred on a 1920 × 1080 slide. */
export async function drawPng(svgUrl: string, scale: string): Promise<Blob> {
  const img = new Image();
  img.src = svgUrl;
  await img.decode();
  const { naturalWidth: w, naturalHeight: h } = img;
  const slide = scale === 'slide';
  const canvas = document.createElement('canvas');
  canvas.width = slide ? 1920 : w * Number(scale);
  canvas.height = slide ? 1080 : h * Number(scale);
  const k = slide ? Math.min((1920 - 192) / w, (1080 - 128) / h) : Number(scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, (canvas.width - w * k) / 2, (canvas.height - h * k) / 2, w * k, h * k);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

document.querySelectorAll<HTMLButtonElement>('button[data-png]').forEach((button) => {
  // The share page made on request sets the SVG (and enables its buttons) once it has framed the chart.
  if (button.dataset.svg) button.disabled = false;
  button.addEventListener('click', async () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await drawPng(button.dataset.svg!, button.dataset.png!));
    link.download = button.dataset.file!;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
});
