// Loaded on demand (React.lazy) by the home screen: both sides of the body map, small and without a legend.
import { BODY_MAP, BODY_MAP_VIEWBOX, volumeShade } from '../../../core/training/body-map.js';
import { MUSCLES, type BodySide, type MuscleId } from '../../../core/training/muscles.js';

/** Front and back, each muscle filled by its weekly hard sets (the balance page's colour scale). */
export default function BodyMapThumb({ setsByMuscle }: { setsByMuscle: Readonly<Partial<Record<MuscleId, number>>> }) {
  const side = (s: BodySide) => {
    const map = BODY_MAP[s];
    return (
      <svg viewBox={BODY_MAP_VIEWBOX} className="body-thumb__side" aria-hidden="true" key={s}>
        {map.silhouette.map((d, i) => (
          <path key={i} d={d} className="body-thumb__silhouette" />
        ))}
        {MUSCLES.filter((m) => map.muscles[m.id]).map((m) => (
          <g key={m.id} data-muscle={m.id} data-band={volumeShade(setsByMuscle[m.id] ?? 0).band}>
            {map.muscles[m.id]!.map((d, i) => (
              <path key={i} d={d} fill={volumeShade(setsByMuscle[m.id] ?? 0).fill} />
            ))}
          </g>
        ))}
      </svg>
    );
  };
  return (
    <div className="body-thumb" data-testid="body-map-thumb">
      {side('front')}
      {side('back')}
    </div>
  );
}
