import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import { matrixFromCamera } from 'sigma/utils';

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Centre of the node's dot, in viewport pixels. */
  cx: number;
  cy: number;
}

/** At most this many labels at once: beyond it a picture reads as text, not as a network. */
const MAX_LABELS = 120;
/** Nodes looked at per pass, most important first: the rest would never win a place anyway. */
const MAX_CANDIDATES = 4000;
/**
 * Space kept around a label; beside another on the same line a word's width, so that two names
 * side by side never read as one ("Pieter de Graaf Mehmet Yilmaz").
 */
const GAP = 2;
const GAP_BESIDE = 12;

const widths = new Map<string, number>();
let measure: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measure ??= document.createElement('canvas').getContext('2d');
    if (!measure) return text.length * 7;
    measure.font = font;
    width = measure.measureText(text).width;
    if (widths.size > 20_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w + GAP_BESIDE &&
  b.x < a.x + a.w + GAP_BESIDE &&
  a.y < b.y + b.h + GAP &&
  b.y < a.y + a.h + GAP;

/**
 * Chooses which nodes get a label: most important first, each only where its text overlaps no
 * label chosen before and fits in the view. Sigma's own label grid keeps labels apart per cell but
 * lets neighbouring cells collide, and forced labels bypass it; so the explorer decides itself and
 * forces exactly these. Boxes are in viewport pixels, as sigma draws them (text right of the dot).
 */
export function chooseLabels<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  candidates: Iterable<string>,
  priority: (id: string) => number,
  labelOf: (id: string) => string,
): LabelBox[] {
  const settings = sigma.getSettings();
  const size = settings.labelSize;
  const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const { width, height } = sigma.getDimensions();
  // From the camera as it stands: sigma's own matrix is the one of its last frame, which lags one
  // step behind when the labels are chosen as a glide ends, before its last frame.
  const matrix = matrixFromCamera(
    sigma.getCamera().getState(),
    { width, height },
    sigma.getGraphDimensions(),
    sigma.getStagePadding(),
  );
  const ranked = [...candidates]
    .map((id) => ({ id, p: priority(id) }))
    .filter((c) => c.p > 0)
    .sort((a, b) => b.p - a.p)
    .slice(0, MAX_CANDIDATES);
  const chosen: LabelBox[] = [];
  for (const { id } of ranked) {
    if (chosen.length >= MAX_LABELS) break;
    const label = labelOf(id);
    const data = sigma.getNodeDisplayData(id);
    if (!label || !data || data.hidden) continue;
    const point = sigma.framedGraphToViewport(data, { matrix });
    const radius = sigma.scaleSize(data.size);
    const box = {
      id,
      x: point.x + radius + 3,
      y: point.y - size * 0.7,
      w: textWidth(label, font),
      h: size * 1.3,
      cx: point.x,
      cy: point.y,
    };
    if (box.x < 0 || box.y < 0 || box.x + box.w > width || box.y + box.h > height) continue;
    if (chosen.some((other) => overlaps(box, other))) continue;
    chosen.push(box);
  }
  return chosen;
}
