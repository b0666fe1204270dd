// Live updates from /api/events (Server-Sent Events), one stream per browser shared by its tabs.
//
// Over HTTP/1.1 a browser opens at most six connections per server, and each open stream holds one: a desk with
// seven tabs of the map would see the seventh hang. So the tab that holds the Web Lock `whereabouts-events` opens
// the EventSource and relays what arrives on a BroadcastChannel; the other tabs listen there and ask the leader
// for the current sequence when they start. When the leader tab closes or navigates away, it gives the lock up
// (pagehide) and the next tab takes over with a stream of its own. Where Web Locks are missing (a page served over plain http from another
// host is not a secure context), every tab opens its own stream.
//
// EventSource reconnects by itself, sending the id of the last event it got (Last-Event-ID): the server then
// replays the changes missed meanwhile, in order, before live ones. When it cannot reconnect (the stream was
// closed) it is reopened with a growing delay, and a new EventSource (or a tab taking the shared stream over)
// passes the last id the page saw as ?lastEventId=. When the server no longer has the missed changes (or the id
// is from another server), its `hello` says so and the page refetches everything (catch-up). A tab's own stream is closed when the page is hidden for navigation (pagehide) and
// reopened if it comes back from the back/forward cache: otherwise cached pages would keep their streams open.

const LOCK = 'whereabouts-events';

/**
 * Opens and keeps open one EventSource; calls `emit(message)` for hello, change and status messages. It resumes
 * after the event id `resumeAfter()` returns (null for none).
 */
function openStream(emit, resumeAfter) {
  let source = null;
  let delay = 1000;
  let retry = null;
  const open = () => {
    clearTimeout(retry);
    source?.close();
    const after = resumeAfter();
    source = new EventSource(after ? `/api/events?lastEventId=${encodeURIComponent(after)}` : '/api/events');
    source.addEventListener('hello', (e) => {
      delay = 1000;
      emit({ kind: 'hello', lastSequence: JSON.parse(e.data).lastSequence });
    });
    source.addEventListener('change', (e) => emit({ kind: 'change', change: JSON.parse(e.data), eventId: e.lastEventId }));
    source.addEventListener('alert', (e) => emit({ kind: 'alert', alert: JSON.parse(e.data) })); // issue 21
    source.addEventListener('error', () => {
      emit({ kind: 'status', status: 'reconnecting' });
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        retry = setTimeout(open, delay);
        delay = Math.min(delay * 2, 30000);
      }
    });
  };
  const close = () => {
    clearTimeout(retry);
    source?.close();
  };
  open();
  return { close, reopen: open };
}

/** Turns stream messages into the page's callbacks; keeps the last sequence seen to detect missed changes. */
function receiver({ onChange, onCatchUp, onStatus, onAlert }) {
  let lastSequence = null;
  let lastEventId = null;
  return {
    lastEventId: () => lastEventId,
    receive(message) {
      if (message.kind === 'hello') {
        if (lastSequence !== null && (message.missed || message.lastSequence !== lastSequence)) onCatchUp();
        if (message.missed) lastEventId = null;
        lastSequence = message.lastSequence;
        onStatus('live');
      } else if (message.kind === 'change') {
        lastSequence = Math.max(lastSequence ?? 0, message.change.sequence);
        if (message.eventId) lastEventId = message.eventId;
        onChange(message.change);
      } else if (message.kind === 'alert') {
        onAlert?.(message.alert);
      } else if (message.kind === 'status') {
        onStatus(message.status);
      }
    },
  };
}

/** Every tab its own stream (no Web Locks here). */
function ownStream(page) {
  const stream = openStream((m) => page.receive(m), page.lastEventId);
  window.addEventListener('pagehide', stream.close);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) stream.reopen();
  });
  return stream.close;
}

export function subscribeToChanges(handlers) {
  const page = receiver(handlers);
  if (!navigator.locks || typeof BroadcastChannel === 'undefined') return ownStream(page);

  const channel = new BroadcastChannel(LOCK);
  let stream = null; // set while this tab leads
  let live = null; // the leader's last hello, repeated to tabs that ask
  let release = null; // gives the lock up
  let waiting = null; // cancels this tab's place in the queue for the lock
  channel.onmessage = ({ data }) => {
    if (data.kind === 'ask') {
      if (stream && live) channel.postMessage(live);
    } else if (!stream) {
      page.receive(data);
    }
  };
  const lead = () => {
    waiting = new AbortController();
    navigator.locks.request(LOCK, { signal: waiting.signal }, () => {
      // this tab leads until it leaves the page: the lock is held until `release` is called
      stream = openStream((message) => {
        if (message.kind === 'hello') live = { kind: 'hello', lastSequence: message.lastSequence };
        if (message.kind === 'status') live = null;
        // keep the repeated hello current, or tabs that saw the change would think they missed one
        if (message.kind === 'change' && live) live = { ...live, lastSequence: message.change.sequence };
        page.receive(message);
        channel.postMessage(message);
      }, page.lastEventId);
      return new Promise((resolve) => {
        release = resolve;
      });
    }).catch(() => {}); // aborted while waiting: the page was left
    channel.postMessage({ kind: 'ask' }); // a leader answers with its last hello, so this tab shows "Live"
  };
  // A page kept in the back/forward cache must not hold (or wait for) the lock, or no other tab could lead.
  const leave = () => {
    waiting?.abort();
    stream?.close();
    stream = null;
    live = null;
    release?.();
    release = null;
  };
  window.addEventListener('pagehide', leave);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) lead();
  });
  lead();
  return () => {
    leave();
    channel.close();
  };
}
