// Loaded on demand (React.lazy) by the balance page: the paths of both sides stay out of the first page.
import { BODY_MAP, BODY_MAP_VIEWBOX, muscleMapLabel, volumeShade, VOLUME_BANDS } from '../../../core/training/body-map.js';
import { MUSCLES, type BodySide, type MuscleId } from '../../../core/training/muscles.js';

interface BodyMapProps {
  setsByMuscle: Record<MuscleId, number>;
  /** Muscles to outline: the ones the verdict warns about. */
  flagged: ReadonlySet<MuscleId>;
}

const SIDE_LABEL: Record<BodySide, string> = { front: 'Front', back: 'Back' };

function Side({ side, setsByMuscle, flagged }: BodyMapProps & { side: BodySide }) {
  const map = BODY_MAP[side];
  const drawn = MUSCLES.filter((m) => map.muscles[m.id]);
  return (
    <figure className="body-map__side">
      <svg viewBox={BODY_MAP_VIEWBOX} className="body-map__svg" role="group" aria-label={`${SIDE_LABEL[side]} of the body`} data-testid={`body-map-${side}`}>
        {map.silhouette.map((d, i) => (
          <path key={i} d={d} className="body-map__silhouette" aria-hidden="true" />
        ))}
        {drawn.map((m) => {
          const sets = setsByMuscle[m.id];
          const shade = volumeShade(sets);
          const label = muscleMapLabel(m.id, sets);
          return (
            <g
              key={m.id}
              role="img"
              aria-label={label}
              data-muscle={m.id}
              data-band={shade.band}
              className={`body-map__muscle${flagged.has(m.id) ? ' body-map__muscle--flagged' : ''}`}
            >
              <title>{label}</title>
              {map.muscles[m.id]!.map((d, i) => (
                <path key={i} d={d} fill={shade.fill} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="body-map__caption">{SIDE_LABEL[side]}</figcaption>
    </figure>
  );
}

/** Front and back of a body, each muscle filled by its weekly hard sets (ColorBrewer Blues; grey for none). */
export default function BodyMap({ setsByMuscle, flagged }: BodyMapProps) {
  return (
    <div className="body-map" data-testid="body-map">
      <div className="body-map__sides">
        <Side side="front" setsByMuscle={setsByMuscle} flagged={flagged} />
        <Side side="back" setsByMuscle={setsByMuscle} flagged={flagged} />
      </div>
      <ul className="body-map__legend" aria-label="Colour scale">
        {VOLUME_BANDS.map((b) => (
          <li key={b.band}>
            <svg className="body-map__swatch" viewBox="0 0 10 10" aria-hidden="true">
              <rect width="10" height="10" rx="2" fill={b.fill} />
            </svg>
            {b.label}
          </li>
        ))}
        {flagged.size > 0 && (
          <li>
            <svg className="body-map__swatch" viewBox="0 0 10 10" aria-hidden="true">
              <rect x="1" y="1" width="8" height="8" rx="2" className="body-map__swatch-flag" />
            </svg>
            outlined: needs work
          </li>
        )}
      </ul>
    </div>
  );
}
