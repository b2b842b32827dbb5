/**
 * The extension pages' Content Security Policy, written out instead of left to the browser's
 * default so a test can hold every built manifest to it: no network connection of any kind
 * (connect-src 'self' only reaches files packaged with the extension), no remote or inline
 * script, no plugins, no framing, no form posts. Images may come from blob:/data: because PDF
 * previews are built in memory. Chrome refuses to load an MV3 extension whose script-src,
 * object-src or worker-src names anything but 'self' / 'none' (so workers are packaged files).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Permissions the store build asks for, each with the reason it is needed. A test checks the
 * built manifests against this list, so adding a permission means saying why here.
 */
export const PERMISSION_REASONS: Record<string, string> = {
  storage: 'storage.session holds the unlocked key while the browser runs, so an idle service worker does not lock the user out mid-task; it is never written to disk',
  alarms: 'the idle auto-lock wakes the background at the deadline, so the key is dropped even when no panel is open and the service worker slept',
  activeTab: 'a toolbar click or the shortcut on a page lets the panel see which site it is, to offer "Allow on this site" there',
  scripting: 'injects the portal agent, on demand, into a site the user allowed at runtime (known portals get it from the manifest)',
  sidePanel: 'Chrome only: the case panel is a side panel opened from the toolbar button or the shortcut',
};
