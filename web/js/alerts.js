// Notifications (issue 21): alerts about watched tracks (an implausible sighting, two subjects that could now have
// met) arrive on the event stream as `alert` events for the signed-in user; each is shown, as text, in a list at
// the top of the page until dismissed.
export class AlertList {
  constructor() {
    this.box = document.createElement('div');
    this.box.id = 'alerts';
    this.box.className = 'alerts';
    this.box.setAttribute('role', 'log');
    this.box.setAttribute('aria-live', 'polite');
    this.box.setAttribute('aria-label', 'Alerts about watched tracks');
    document.body.append(this.box);
  }

  show(alert) {
    const item = document.createElement('div');
    item.className = `alert alert-${alert.kind === 'meeting' ? 'meeting' : 'implausible'}`;
    item.dataset.kind = alert.kind;
    item.dataset.trackId = String(alert.trackId);
    const text = document.createElement('span');
    text.textContent = alert.message;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', () => item.remove());
    item.append(text, close);
    this.box.prepend(item);
  }
}
