import { LoginError, type Session } from '@mpa/auth';
import { setLanguage, type Language } from '@mpa/i18n';
import { catalogue, translated } from './messages.js';

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
  const alert = form.querySelector<HTMLElement>('[role=alert]')!;
  const button = form.querySelector('button')!;
  /** The last failure, so a language switch can say it again in the new language. */
  let failure: unknown;
  const describe = (error: unknown) => {
    const t = catalogue.messages();
    if (error instanceof LoginError) return error.reason === 'refused' ? t.unknownUser : t.signInUnavailable;
    return t.signInFailed;
  };
  // Text set as text, never as markup.
  const stop = translated((t) => {
    form.querySelector('h2')!.textContent = t.signInTitle;
    form.querySelector('label[for=portal-username]')!.textContent = t.username;
    form.querySelector('label[for=portal-password]')!.textContent = t.password;
    button.textContent = t.signIn;
    if (failure !== undefined) alert.textContent = describe(failure);
  });
  main.replaceChildren(form);
  form.querySelector('input')!.focus();

  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      button.disabled = true;
      alert.textContent = '';
      failure = undefined;
      login(String(data.get('username')), String(data.get('password'))).then(
        (session) => {
          stop();
          form.remove();
          resolve(session);
        },
        (error: unknown) => {
          failure = error;
          alert.textContent = describe(error);
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
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', logout);
  translated((t) => {
    who.textContent = t.signedInAs(session.user.name, session.user.site);
    button.textContent = t.signOut;
  });
  slot.replaceChildren(who, button);
}

/**
 * The language switcher in the header: the languages the portal has messages for, each in its
 * own name (a Somali reader looks for "Soomaali", not for "Somali").
 */
export function showLanguageSwitcher(doc: Document, current: Language, choose: (language: Language) => void = setLanguage): void {
  const slot = doc.querySelector<HTMLElement>('#portal-language')!;
  const label = doc.createElement('label');
  label.htmlFor = 'portal-language-select';
  const select = doc.createElement('select');
  select.id = 'portal-language-select';
  for (const { code, name } of catalogue.languages) {
    const option = doc.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = name;
    option.selected = code === current;
    select.append(option);
  }
  select.addEventListener('change', () => choose(select.value));
  translated((t) => {
    label.textContent = t.language;
  });
  slot.replaceChildren(label, select);
}

/** The page's own words (title, heading, skip link, navigation name), written in index.html in English. */
export function translatePage(doc: Document): void {
  translated((t) => {
    doc.title = t.portalTitle;
    const heading = doc.querySelector('header h1');
    if (heading) heading.textContent = t.portalTitle;
    const skip = doc.querySelector('.skip');
    if (skip) skip.textContent = t.skipToContent;
    doc.querySelector('header nav')?.setAttribute('aria-label', t.sectionsNav);
  });
}
