// Every built manifest (store builds from `wxt zip`, test builds from `wxt build --mode test`):
// minimal permissions, host access, an explicit CSP without any network source, the panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];
const STORE = TARGETS.map((t) => join('.output', t));
const TEST = TARGETS.map((t) => join('.output', `${t}-test`));
const LOOPBACK = /127\.0\.0\.1|localhost|\[::1\]/;

/** The permissions each build may ask for (reasons: lib/portals/extension-policy.ts). */
const ALLOWED_PERMISSIONS = { chrome: ['storage', 'alarms', 'activeTab', 'scripting', 'sidePanel'], firefox: ['storage', 'alarms', 'activeTab', 'scripting'] };
/** Other sites only at runtime, one origin at a time, after the user allows it. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

function read(dir) {
  const file = join(dir, 'manifest.json');
  assert.ok(existsSync(file), `${file} is built by npm test before this step`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function csp(m) {
  return m.manifest_version === 3 ? m.content_security_policy?.extension_pages : m.content_security_policy;
}

function directives(policy) {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

for (const dir of [...STORE, ...TEST]) {
  test(`${dir}: an explicit extension-pages CSP that allows no network connection or remote script`, () => {
    const m = read(dir);
    const policy = csp(m);
    assert.equal(typeof policy, 'string', 'the CSP is written out, not left to the default');
    const d = directives(policy);
    assert.deepEqual(d['connect-src'], ["'self'"]);
    assert.deepEqual(d['script-src'], ["'self'"]);
    assert.deepEqual(d['default-src'], ["'self'"]);
    assert.deepEqual(d['object-src'], ["'none'"]);
    for (const [name, sources] of Object.entries(d)) {
      for (const s of sources) assert.doesNotMatch(s, /^(https?:|wss?:|\*)|unsafe-eval/, `${name} ${s}`);
    }
  });

  test(`${dir}: asks only for the permissions it uses, and opens the panel from the toolbar and a shortcut`, () => {
    const m = read(dir);
    const browser = dir.includes('firefox') ? 'firefox' : 'chrome';
    const apiPermissions = (m.permissions ?? []).filter((p) => !p.includes('://'));
    assert.deepEqual(apiPermissions.sort(), [...ALLOWED_PERMISSIONS[browser]].sort());
    if (browser === 'chrome') {
      assert.equal(m.side_panel.default_path, 'sidepanel.html');
      assert.ok(m.commands._execute_action.suggested_key.default);
    } else {
      assert.equal(m.sidebar_action.default_panel, 'sidepanel.html');
      assert.equal(m.browser_specific_settings.gecko.id, 'vacatur-assist@example.org');
      assert.ok(m.commands._execute_sidebar_action.suggested_key.default);
    }
    assert.ok(m.commands['quick-exit'].suggested_key.default, 'quick exit has a shortcut');
    assert.equal(m.web_accessible_resources, undefined, 'no extension resource is reachable from web pages');
    const optional = m.manifest_version === 3 ? m.optional_host_permissions : m.optional_permissions;
    assert.deepEqual(optional, OPTIONAL_HOSTS, 'any other site is asked for at runtime');
  });
}

for (const dir of STORE) {
  test(`${dir}: the store build has no loopback origin anywhere`, () => {
    const m = read(dir);
    assert.doesNotMatch(JSON.stringify(m), LOOPBACK);
  });
}

for (const dir of TEST) {
  test(`${dir}: the test build reaches the local replicas on loopback only`, () => {
    const m = read(dir);
    const hosts = m.manifest_version === 3 ? m.host_permissions : m.permissions.filter((p) => p.includes('://'));
    assert.deepEqual(hosts, ['http://127.0.0.1/*', 'http://localhost/*']);
    assert.deepEqual(m.content_scripts.map((c) => c.matches), [hosts]);
  });
}
