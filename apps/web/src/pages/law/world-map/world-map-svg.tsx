import type { v1 } from '@concord/client';
import { useQuery } from '@tanstack/react-query';
import { LoadingState } from '../../../ui/loading-state.tsx';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { categoryColour, NO_DATA_COLOUR } from './map-colours.ts';
import { loadWorldShapes, MAP_HEIGHT, MAP_WIDTH } from './world-shapes.ts';

/**
 * The choropleth. It is one image for assistive technology (its title names what it shows);
 * the legend and the table beside it carry every country's category in text.
 */
export function WorldMapSvg({ map, title }: { readonly map: v1.LawMap; readonly title: string }) {
  const shapes = useQuery({
    queryKey: ['world-shapes'],
    queryFn: loadWorldShapes,
    staleTime: Infinity,
  });
  if (shapes.isPending) return <LoadingState />;
  if (shapes.isError) return <ErrorAlert error={shapes.error} />;
  const category = new Map(map.countries.map((c) => [c.iso2, c.category]));
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-label={title}
      className="law-world-map"
      data-testid="law-world-map"
      style={{ width: '100%', height: 'auto', display: 'block' }}
    >
      <title>{title}</title>
      {shapes.data.map((s, i) => {
        const c = s.iso2 === null ? undefined : category.get(s.iso2);
        return (
          <path
            key={`${s.iso2 ?? s.name}-${i}`}
            d={s.d}
            fill={c === undefined ? NO_DATA_COLOUR : categoryColour(map.metric, c)}
            stroke="#5c5c5c"
            strokeWidth={0.4}
            data-iso2={s.iso2 ?? undefined}
            data-category={c}
          />
        );
      })}
    </svg>
  );
}
