// How each travel mode is drawn: one colour per mode on the map, the legs table and the journey chart; a leg
// routed on its mode's network is solid, one drawn as a geodesic (air, or no network) dashed (see path.js).

/** Colour and words per travel mode (the leg's `travelMode`; legs from before issue #20 have only `mode`). */
export const MODE_STYLE = {
  rail: { color: '#1f4e79', label: 'by rail' },
  road: { color: '#8a4b08', label: 'by road' },
  sea: { color: '#00796b', label: 'by sea' },
  air: { color: '#6a1b9a', label: 'by air' },
};

/** The travel mode of a leg's properties: `travelMode`, else `rail` for a leg routed on rail, else null. */
export function travelModeOf(p) {
  if (p.travelMode) return p.travelMode;
  return p.mode === 'rail' ? 'rail' : null;
}

/** "by sea", "by road (geodesic: no road network)", "by air (great circle)". */
export function travelModeText(p) {
  const mode = travelModeOf(p);
  const label = MODE_STYLE[mode]?.label ?? (mode ? `by ${mode}` : null);
  const routedOn = p.routedOn ?? p.mode;
  if (!label) return routedOn === 'geodesic' ? 'straight (geodesic)' : null;
  if (routedOn === 'geodesic') return mode === 'air' ? `${label} (great circle)` : `${label} (geodesic: not on a ${mode} network)`;
  return label;
}
