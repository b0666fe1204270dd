// "Copy link": the page's URL (which holds the whole view, see url-state.js) to the clipboard, or, where the
// browser refuses, into a selected text field the user can copy from. The button's data-link keeps what was offered.
import { flushUrlState } from './url-state.js';

export function copyLinkButton(button, status) {
  let timer = null;
  const say = (text) => {
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => { status.textContent = ''; }, 4000);
  };
  button.addEventListener('click', async () => {
    const link = flushUrlState();
    button.dataset.link = link;
    try {
      await navigator.clipboard.writeText(link);
      say('Link copied');
    } catch {
      const field = document.getElementById('share-link');
      field.value = link;
      field.hidden = false;
      field.focus();
      field.select();
      say('Press Ctrl+C to copy the link');
    }
  });
}
