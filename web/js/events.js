// Live updates from /api/events (Server-Sent Events). EventSource reconnects by itself; when it cannot (the
// stream was closed) we reopen it with a growing delay. After any reconnect the `hello` event tells whether
// changes were missed, and then the page refetches everything (catch-up).

export function subscribeToChanges({ onChange, onCatchUp, onStatus }) {
  let source = null;
  let lastSequence = null;
  let delay = 1000;
  let connectedBefore = false;

  const open = () => {
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
        setTimeout(open, delay);
        delay = Math.min(delay * 2, 30000);
      }
    });
  };
  open();
  return () => source?.close();
}
