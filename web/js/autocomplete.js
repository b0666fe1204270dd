// Place autocomplete on the form's place field (ARIA 1.2 combobox with a listbox), fed by /api/geocode.
// Debounced; the newest query wins; switches itself off quietly while the server has no geocoder.
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';

const DEBOUNCE_MS = 200;

/** A geocode Feature or a 422 candidate as one flat object with lat and lon. */
export function candidateOf(item) {
  if (item?.type === 'Feature') {
    const [lon, lat] = item.geometry.coordinates;
    return { ...item.properties, lat, lon };
  }
  return item;
}

/** "Khasan, RU · pop. 776 · matched “Хасан”" */
export function candidateLabel(c) {
  const parts = [[c.name, c.country].filter(Boolean).join(', ')];
  if (c.population) parts.push(`pop. ${Number(c.population).toLocaleString('en-GB')}`);
  if (c.matchedName && c.matchedName !== c.name) parts.push(`matched “${c.matchedName}”`);
  return parts.join(' · ');
}

export function attachAutocomplete(input, list, { near, onPick }) {
  let timer = null;
  let controller = null;
  let items = [];
  let active = -1;
  let available = true;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  const close = () => {
    items = [];
    active = -1;
    list.hidden = true;
    replaceChildren(list);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const pick = (index) => {
    const c = items[index];
    close();
    if (c) onPick(c);
  };

  const render = (features) => {
    items = features.map(candidateOf);
    if (items.length === 0) {
      close();
      return;
    }
    replaceChildren(list, items.map((c, i) => el('li', {
      id: `${list.id}-${i}`,
      role: 'option',
      'aria-selected': 'false',
      text: candidateLabel(c),
      onmousedown: (e) => e.preventDefault(), // keep focus in the input
      onclick: () => pick(i),
    })));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const search = async (q) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const fc = await api.geocode(q, { limit: 8, near: near() }, controller.signal);
      if (fc === null) {
        available = false; // no geocoder on this server: typing a place still works on submit
        close();
        return;
      }
      if (input.value.trim() === q && document.activeElement === input) render(fc.features ?? []);
    } catch (e) {
      if (e.name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!available || q.length < 2) {
      close();
      return;
    }
    timer = setTimeout(() => search(q), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      highlight(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => {
    clearTimeout(timer);
    close();
  });
  close();
}
