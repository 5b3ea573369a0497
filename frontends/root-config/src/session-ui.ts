import type { Session } from '@mpa/auth';
import { strings } from './strings.js';

type Login = (username: string, password: string) => Promise<Session>;

/** The sign-in form, in the portal's main area; resolves once the user is signed in. */
export function signIn(doc: Document, login: Login): Promise<Session> {
  const main = doc.querySelector<HTMLElement>('#portal-main')!;
  const form = doc.createElement('form');
  form.className = 'portal-login';
  form.setAttribute('aria-labelledby', 'portal-login-title');
  form.innerHTML = `
    <h2 id="portal-login-title"></h2>
    <p><label for="portal-username"></label><br><input id="portal-username" name="username" autocomplete="username" required></p>
    <p><label for="portal-password"></label><br><input id="portal-password" name="password" type="password" autocomplete="current-password" required></p>
    <div role="alert" class="portal-alert"></div>
    <p><button type="submit"></button></p>`;
  // Text set as text, never as markup.
  form.querySelector('h2')!.textContent = strings.signInTitle;
  form.querySelector('label[for=portal-username]')!.textContent = strings.username;
  form.querySelector('label[for=portal-password]')!.textContent = strings.password;
  form.querySelector('button')!.textContent = strings.signIn;
  main.replaceChildren(form);
  form.querySelector('input')!.focus();

  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const alert = form.querySelector<HTMLElement>('[role=alert]')!;
      const button = form.querySelector('button')!;
      const data = new FormData(form);
      button.disabled = true;
      alert.textContent = '';
      login(String(data.get('username')), String(data.get('password'))).then(
        (session) => {
          form.remove();
          resolve(session);
        },
        (error: unknown) => {
          alert.textContent = error instanceof Error ? error.message : strings.signInFailed;
          button.disabled = false;
        },
      );
    });
  });
}

/** Who is signed in, and the way out, in the header. */
export function showUser(doc: Document, session: Session, logout: () => void): void {
  const slot = doc.querySelector<HTMLElement>('#portal-user')!;
  const who = doc.createElement('span');
  who.textContent = strings.signedInAs(session.user.name, session.user.site);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = strings.signOut;
  button.addEventListener('click', logout);
  slot.replaceChildren(who, button);
}
