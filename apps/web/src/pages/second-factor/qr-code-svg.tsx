import { useMemo } from 'react';
import { qrDrawing } from './qr-code-path.ts';

/** A QR code as inline SVG, described for screen readers by `label`. */
export function QrCodeSvg({ text, label }: { readonly text: string; readonly label: string }) {
  const drawing = useMemo(() => qrDrawing(text), [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
