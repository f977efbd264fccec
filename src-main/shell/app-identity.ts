/**
 * Who the app is to the operating system. APP_ID is electron-builder's appId
 * (electron-builder.yml); Windows groups the taskbar and notifications by it.
 */
export const APP_ID = 'app.dramalog.desktop';

/**
 * True when a page load was cut short by another navigation (a reload during the
 * first load): the newer load goes on, so this is no reason to give up.
 */
export function isSupersededLoad(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  return code === 'ERR_ABORTED' || errno === -3;
}
