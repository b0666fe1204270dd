// The download menu: one link per export format, optionally with estimated positions at an interval.
import { el, replaceChildren } from './dom.js';
import { api } from './api.js';

export const FORMATS = [
  { format: 'geojson', ext: '.geojson', label: 'GeoJSON', hint: 'QGIS, web maps' },
  { format: 'gpx', ext: '.gpx', label: 'GPX', hint: 'GPS tools, Garmin, OsmAnd' },
  { format: 'kml', ext: '.kml', label: 'KML', hint: 'Google Earth time slider' },
  { format: 'csv', ext: '.csv', label: 'CSV', hint: 'spreadsheets' },
  { format: 'gpkg', ext: '.gpkg', label: 'GeoPackage', hint: 'QGIS, ArcGIS' },
  { format: 'mfjson', ext: '.mf.json', label: 'Moving Features JSON', hint: 'OGC MF-JSON' },
];

export class DownloadMenu {
  /**
   * @param root    the <details> element of the menu
   * @param primary the page's main download link (GeoJSON), kept up to date too
   */
  constructor(root, primary) {
    this.root = root;
    this.primary = primary;
    this.sample = root.querySelector('[data-role="sample"]');
    this.list = root.querySelector('[data-role="links"]');
    this.trackId = null;
    this.sample.addEventListener('change', () => this.render());
    // a click on a link closes the menu, as menus do
    this.list.addEventListener('click', (e) => {
      if (e.target.closest('a')) this.root.open = false;
    });
  }

  setTrack(trackId) {
    this.trackId = trackId;
    this.render();
  }

  render() {
    const id = this.trackId;
    const sample = this.sample.value || null;
    this.root.hidden = id == null;
    if (id == null) {
      this.primary.removeAttribute('href');
      replaceChildren(this.list);
      return;
    }
    this.primary.href = api.exportUrl(id, 'geojson', sample);
    this.primary.setAttribute('download', `track-${id}.geojson`);
    replaceChildren(this.list, FORMATS.map((f) => el('li', {},
      el('a', { href: api.exportUrl(id, f.format, sample), download: `track-${id}${f.ext}`, dataset: { format: f.format } },
        el('span', { class: 'format-name', text: f.label }), ' ', el('span', { class: 'hint-inline', text: f.hint })))));
  }
}
