import { create } from 'qrcode';

/** Light modules around the code that scanners need, in modules. */
const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  /** One SVG path of all dark modules, one unit per module. */
  readonly path: string;
}

/**
 * Draws a QR code as an SVG path from the symbol's modules: no canvas and no
 * data URL, so it renders under the node's strict Content-Security-Policy.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
