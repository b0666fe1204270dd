// The editing controls' wiring: the sighting form (a click on the map fills its coordinates), the report
// extractor, the list of sightings, the download menu, the track menu and the import dialog. main.js keeps the
// page's state and its loading; `page` hands this module what it needs of them.
import { SightingForm } from './form.js';
import { SightingList } from './list.js';
import { ReportExtractor } from './extract.js';
import { DownloadMenu } from './downloads.js';
import { ImportDialog } from './import.js';
import { TrackMenu } from './track-menu.js';
import { closeMenusOnEscAndOutside } from './menus.js';
import { timeOf as time } from './time-index.js';

const $ = (id) => document.getElementById(id);

/**
 * @param map the Leaflet map
 * @param page { state, timeline, sightingLayer, picked (the clicked-point marker), refresh(), loadTracks(),
 *               selectTrack(id), notify(message), canWrite() }
 * @return { form, list, downloads }
 */
export function wireEditing(map, page) {
  const { state, timeline, sightingLayer, picked, refresh, loadTracks, selectTrack, notify } = page;
  const form = new SightingForm($('sighting-form'), {
    trackId: () => state.trackId,
    trackName: () => state.tracks.find((x) => x.id === state.trackId)?.name ?? null,
    showSighting: (id) => {
      const s = state.sightings.find((x) => x.id === id);
      if (!s) return;
      timeline.set(time(s));
      sightingLayer.open(s.id);
    },
    near: () => {
      const last = state.sightings.filter((s) => s.kind !== 'expected').at(-1);
      return last ? { lat: last.lat, lon: last.lon } : null;
    },
    onSaved: (s) => {
      picked.remove();
      refresh().then(() => timeline.set(time(s)));
    },
  });
  new ReportExtractor($('extract'), {
    trackId: () => state.trackId,
    sightings: () => state.sightings,
    showSighting: (id) => form.options.showSighting(id),
    // an open edit is never dropped without asking
    accept: (draft) => {
      if (form.hasOpenEdit() && !window.confirm(`Sighting #${form.editing.id} is being edited and not saved. Drop the edit and fill the form with this draft?`)) return false;
      form.fillDraft(draft);
      return true;
    },
  });
  map.on('click', (e) => {
    form.setCoordinates(e.latlng.lat, e.latlng.lng);
    picked.setLatLng(e.latlng).addTo(map);
  });

  const list = new SightingList($('sighting-list'), {
    trackId: () => state.trackId,
    show: (s) => {
      timeline.set(time(s));
      sightingLayer.open(s.id);
    },
    edit: (s) => form.edit(s),
    canWrite: page.canWrite,
    deleted: () => refresh(),
    error: notify,
  }, $('history-dialog'));

  const downloads = new DownloadMenu($('download-menu'), $('download'));
  closeMenusOnEscAndOutside();
  new TrackMenu($('track-menu'), $('track-dialog'), $('track-delete-dialog'), {
    current: () => state.tracks.find((t) => t.id === state.trackId) ?? null,
    created: async (track) => {
      await loadTracks();
      await selectTrack(track.id);
      notify('');
    },
    changed: async (track) => {
      await loadTracks();
      $('track-description').textContent = track.description ?? '';
      form.setTitle();
    },
    deleted: async () => {
      await loadTracks();
      await selectTrack(state.tracks[0]?.id ?? null);
    },
  });
  new ImportDialog($('import-dialog'), $('import-open'), { trackId: () => state.trackId, imported: () => refresh() });
  return { form, list, downloads };
}
