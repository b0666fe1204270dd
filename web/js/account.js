// Who is signed in: the sign-in form (when the server has sign-in on), the signed-in name and role, sign-out.
// Signing in or out reloads the page, so everything on it is drawn for what the new person may do.
import { api } from './api.js';

/** Fetches the session; with sign-in off everyone may read and write and the account box stays hidden. */
export async function loadAccount(box) {
  const session = await api.session();
  document.body.dataset.canWrite = String(session.canWrite);
  if (!session.auth) return session;
  box.hidden = false;
  const form = box.querySelector('#sign-in-form');
  const signedIn = box.querySelector('#signed-in');
  if (session.kind === 'user') {
    box.querySelector('#signed-in-name').textContent = `${session.name} (${session.role})`;
    signedIn.hidden = false;
    box.querySelector('#sign-out').addEventListener('click', async () => {
      await api.signOut();
      window.location.reload();
    });
  } else {
    form.hidden = false;
    const error = form.querySelector('[data-role=error]');
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.hidden = true;
      try {
        await api.signIn(form.elements.namedItem('name').value, form.elements.namedItem('password').value);
        window.location.reload();
      } catch (err) {
        error.textContent = err.message;
        error.hidden = false;
        form.elements.namedItem('password').select();
      }
    });
  }
  return session;
}
