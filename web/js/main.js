// Minimal first page: draws the first track's sightings. The full map page replaces this.
const L = window.L;

async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

async function start() {
  const map = L.map('map', { preferCanvas: true }).setView([41, 129], 5);
  const tracks = await getJson('/api/tracks');
  if (tracks.length === 0) return;
  const track = tracks[0];
  document.getElementById('track-name').textContent = track.name;
  const sightings = await getJson(`/api/tracks/${track.id}/sightings`);
  const points = sightings.map((s) => [s.lat, s.lon]);
  for (const s of sightings) {
    const popup = document.createElement('div');
    popup.textContent = `${s.place ?? ''} ${s.observedAt} — ${s.source}`;
    L.circleMarker([s.lat, s.lon], { radius: 6 }).bindPopup(popup).addTo(map);
  }
  if (points.length > 1) {
    L.polyline(points, { color: '#c0392b' }).addTo(map);
    map.fitBounds(points, { padding: [30, 30] });
  }
}

start();
