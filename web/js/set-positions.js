// The positions of every other track on the map at the slider's time (issue 21), kept interactive with many tracks:
// one request for all of them (GET /api/positions?tracks=…&at=), at most one per animation frame and one in flight
// (a drag's many inputs coalesce to the latest time), answers cached per minute of the slider. During a drag each
// answer is shown as it arrives (the markers follow, a little behind) unless a newer one is shown already. Each delivery
// leaves a `whereabouts:set-positions` performance mark (bench/set-positions-measure.js reads them).
import { deskApi } from './desk-api.js';
import { isoUtc } from './format.js';

const MINUTE = 60000;
const CACHE_ENTRIES = 600; // ten hours of a slider dragged minute by minute

export class SetPositions {
  constructor() {
    this.cache = new Map(); // `${ids}@${minute}` → Map(trackId → Feature)
    this.wanted = null; // { ids, t, deliver }: the latest request not yet sent
    this.frame = null;
    this.busy = false;
    this.tickets = 0; // requests numbered in order: an answer older than the one shown is dropped
    this.shown = 0;
  }

  /** Forget the cached answers of a track (it changed). */
  forget() {
    this.cache.clear();
  }

  /**
   * Calls deliver(Map trackId → position Feature or undefined, t) for the tracks at t: at once from the cache,
   * else at the next animation frame (one request in flight: the latest time asked meanwhile is sent next); an
   * answer older than the one already shown is dropped.
   */
  request(ids, t, deliver) {
    if (ids.length === 0) return;
    const key = `${ids.join(',')}@${Math.round(t / MINUTE)}`;
    const ticket = ++this.tickets;
    if (this.cache.has(key)) {
      this.wanted = null; // an older request still waiting is stale now
      this.deliver(deliver, this.cache.get(key), t, ticket);
      return;
    }
    this.wanted = { ids, t, key, deliver, ticket };
    if (this.frame == null && !this.busy) this.frame = requestAnimationFrame(() => this.pump());
  }

  async pump() {
    this.frame = null;
    this.busy = true;
    try {
      while (this.wanted) {
        const { ids, t, key, deliver, ticket } = this.wanted;
        this.wanted = null;
        let byTrack = null;
        try {
          const answer = await deskApi.positions(ids, isoUtc(Math.round(t / MINUTE) * MINUTE));
          byTrack = new Map(answer.features.map((f) => [f.properties.trackId, f]));
          if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value);
          this.cache.set(key, byTrack);
        } catch {
          byTrack = new Map(); // a transient failure: the markers are hidden until the next move
        }
        if (ticket > this.shown) this.deliver(deliver, byTrack, t, ticket);
      }
    } finally {
      this.busy = false;
    }
  }

  deliver(deliver, byTrack, t, ticket) {
    this.shown = ticket;
    const start = performance.now();
    deliver(byTrack, t);
    performance.mark('whereabouts:set-positions', { detail: { t, drawMs: performance.now() - start } });
  }
}
