// Live updates from /api/events (Server-Sent Events). EventSource reconnects by itself; when it cannot (the
// stream was closed) we reopen it with a growing delay. After any reconnect the `hello` event tells whether
// changes were missed, and then the page refetches everything (catch-up). The stream is closed when the
// page is hidden for navigation (pagehide) and reopened if it comes back from the back/forward cache:
// otherwise cached pages keep their streams open and, over HTTP/1.1, use up the browser's six connections
// per server.

export function subscribeToChanges({ onChange, onCatchUp, onStatus }) {
  let source = null;
  let lastSequence = null;
  let delay = 1000;
  let connectedBefore = false;

  let retry = null;
  const open = () => {
    clearTimeout(retry);
    source?.close();
    source = new EventSource('/api/events');
    source.addEventListener('hello', (e) => {
      const { lastSequence: latest } = JSON.parse(e.data);
      if (connectedBefore && latest !== lastSequence) onCatchUp();
      connectedBefore = true;
      lastSequence = latest;
      delay = 1000;
      onStatus('live');
    });
    source.addEventListener('change', (e) => {
      const change = JSON.parse(e.data);
      lastSequence = Math.max(lastSequence ?? 0, change.sequence);
      onChange(change);
    });
    source.addEventListener('error', () => {
      onStatus('reconnecting');
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
  window.addEventListener('pagehide', close);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) open();
  });
  open();
  return close;
}
