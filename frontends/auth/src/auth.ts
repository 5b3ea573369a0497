// @mpa/auth: the signed-in session and the centre the portal works on, one module for the whole
// portal (loaded once through the import map).
export { authorizationHeader, can, getSession, login, LoginError, logout, onSessionChange, type Session, type SessionUser } from './session.js';
export { canChooseSite, getActiveSite, onActiveSiteChange, setActiveSite } from './active-site.js';
