// The one place that reads Leaflet's global (loaded by index.html from the webjar). Everything else imports L.
const L = window.L;
if (!L) {
  throw new Error('Leaflet did not load from /webjars/leaflet/1.9.4/dist/leaflet.js');
}
export default L;
