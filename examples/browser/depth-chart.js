/**
 * Draws a cumulative depth chart of an L2 book on a canvas: bids stepping down to the left of the
 * mid, asks stepping up to the right. Numbers here are only for pixels; the book keeps exact strings.
 */

/** Cumulative [price, totalQty] points from the best level outwards. */
function cumulative(levels) {
  let total = 0;
  return levels.map(([price, qty]) => {
    total += qty;
    return [price, total];
  });
}

/**
 * @param {HTMLCanvasElement} canvas
 * @param {{ bids: Array<[number, number]>, asks: Array<[number, number]> }} levels
 *   `book.levelsAsNumbers(n)`: [price, qty] pairs, best first (a numeric view meant for charts)
 * @param {{ low: string, high: string }} labels exact prices printed under the axis ends
 */
export function drawDepthChart(canvas, { bids, asks }, labels) {
  const ctx = canvas.getContext("2d");
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  const b = cumulative(bids);
  const a = cumulative(asks);
  if (b.length === 0 || a.length === 0) return;
  const minPrice = b[b.length - 1][0];
  const maxPrice = a[a.length - 1][0];
  const maxQty = Math.max(b[b.length - 1][1], a[a.length - 1][1]);
  const pad = 24;
  const x = (price) => pad + ((price - minPrice) / (maxPrice - minPrice || 1)) * (width - 2 * pad);
  const y = (qty) => height - pad - (qty / (maxQty || 1)) * (height - 2 * pad);

  const side = (points, stroke, fill) => {
    ctx.beginPath();
    ctx.moveTo(x(points[0][0]), y(0));
    let lastQty = 0;
    for (const [price, qty] of points) {
      ctx.lineTo(x(price), y(lastQty)); // step: the total changes at each level's price
      ctx.lineTo(x(price), y(qty));
      lastQty = qty;
    }
    ctx.lineTo(x(points[points.length - 1][0]), y(0));
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 2;
    ctx.stroke();
  };
  side(b, "#3fb950", "rgba(63, 185, 80, 0.25)");
  side(a, "#f85149", "rgba(248, 81, 73, 0.25)");

  ctx.fillStyle = "#8a8f9c";
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillText(labels.low, pad, height - 6);
  ctx.fillText(labels.high, width - pad - ctx.measureText(labels.high).width, height - 6);
}
