// Tiny DOM builder. Text is always inserted as text nodes, never parsed as HTML.

/**
 * el('a', { href, class: 'x', text: 'label', onclick: fn, dataset: { id: 1 } }, child, 'text child')
 * Attributes with null/undefined/false values are skipped; `true` sets an empty attribute.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces all children of `node`. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A <dl> from [term, description] pairs; pairs whose description is null/empty are left out. */
export function definitionList(pairs, className) {
  const dl = el('dl', { class: className });
  for (const [term, desc] of pairs) {
    if (desc == null || desc === '') continue;
    dl.append(el('dt', { text: term }), el('dd', {}, desc));
  }
  return dl;
}

/** Only http(s) URLs become links; anything else (javascript:, data:, garbage) stays text. */
export function safeHttpUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link that opens outside the page, or plain text when the URL is not http(s). */
export function externalLink(text, href) {
  const safe = safeHttpUrl(href);
  return safe ? el('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', text }) : document.createTextNode(text);
}
