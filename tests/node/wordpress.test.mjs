// WordPress integration: installs WordPress, PHP and MariaDB from Debian's packages (as root),
// runs them on loopback only (MariaDB on a Unix socket with networking off, PHP's built-in server on
// 127.0.0.1), installs the plugin as the built zip would, creates posts AS an Author (the block;
// the shortcode, a hand-written placeholder and forbidden tags in the classic editor) and AS an
// Editor (the tags in a Custom HTML block), so that WordPress's HTML filter runs as it does on
// save, publishes them, and checks in Chromium that every widget reaches :state(ready) with no page
// error. Everything it starts it stops. Runs after `npm run build` (it needs dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { pluginFiles } from '../../scripts/build-wp-zip.mjs';

const WP = '/usr/share/wordpress';
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server'];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const why = !hasApt ? 'apt-get is not available' : !isRoot ? 'it must run as root to install packages' : '';

if (why && process.env.CI) {
  test('WordPress integration', () => assert.fail(`cannot run in CI: ${why}`));
} else if (why) {
  test(
    'WordPress integration',
    { skip: `skipped: ${why} (needs Debian's wordpress, php-cli, php-mysql, mariadb-server)` },
    () => {},
  );
} else {
  test('WordPress: Authors and Editors embed widgets that reach :state(ready)', { timeout: 15 * 60_000 }, async (t) => {
    ensurePackages();
    const site = await startSite();
    t.after(() => site.stop());
    const posts = site.posts;

    // What WordPress's HTML filter did to the Author's classic post on save.
    assert.doesNotMatch(posts.classic.stored, /<withdrawal-timeline|<script/, 'kses removed the tags and the script');
    assert.match(posts.classic.stored, /data-withdrawal-widget="countdown"/, 'kses kept the placeholder');
    assert.equal(posts.classic.unfiltered, false, 'the Author is filtered');
    assert.equal(posts.editor.unfiltered, true, 'the Editor may post unfiltered HTML');
    assert.match(posts.editor.stored, /<base-map source="ed">/, 'the Editor keeps the tags');
    // Values are checked, then escaped: nothing an Author types leaves the attribute it was meant for.
    assert.equal(
      posts.hostile,
      '<div class="withdrawal-widgets-embed withdrawal-widgets-embed--timeline" data-withdrawal-widget="timeline" data-theme="dark"></div>',
    );
    assert.equal(
      posts.quoted,
      '<div class="withdrawal-widgets-embed withdrawal-widgets-embed--map" data-withdrawal-widget="map" data-src="https://example.org/s.json?a=1&#038;b=x" data-selected="e1" data-date="2025-06-15"></div>',
    );

    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    t.after(() => browser.close());
    const expected = { block: 3, classic: 3, editor: 3, inline: 2 };
    for (const [name, count] of Object.entries(expected)) {
      await t.test(
        `${name} post: ${count} widgets ready, no page error, the module once, the CSS in the head`,
        async () => {
          const { html, errors, states, leftover, inlineTitles } = await visit(browser, posts[name].url, count);
          assert.deepEqual(
            inlineTitles,
            name === 'inline' ? ['Sample data: a small test story'] : [],
            'the inline story reached the provider intact',
          );
          assert.deepEqual(errors, []);
          assert.deepEqual(states, Array(count).fill('ready'));
          assert.equal(leftover, 0, 'no placeholder left');
          assert.equal(html.match(/<script[^>]+withdrawal-widgets\.js/g)?.length, 1, 'the module is loaded once');
          assert.match(html, /<script type="module" src="[^"]+withdrawal-widgets\.js/);
          assert.equal(
            html.match(/<script type="module" src="[^"]+withdrawal-placeholders\.js/g)?.length,
            1,
            'the placeholder add-on once, as a module',
          );
          const css = html.indexOf('withdrawal-widgets.css');
          assert.ok(css > 0 && css < html.indexOf('</head>'), 'the space-reserving CSS is in the head');
        },
      );
    }
    await t.test('a post without widgets loads neither the module nor the CSS', async () => {
      const html = await (await fetch(posts.plain.url)).text();
      assert.match(html, /Nothing to see/);
      assert.doesNotMatch(html, /withdrawal-(widgets|placeholders)\.(js|css)/);
    });
  });
}

function ensurePackages() {
  const ready = () =>
    existsSync(`${WP}/wp-settings.php`) &&
    existsSync('/usr/sbin/mariadbd') &&
    existsSync(`${WP}/wp-content/themes/twentytwentythree`) &&
    /mysqli/.test(run('php', ['-m']));
  if (ready()) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Keep package scripts from starting Apache or MariaDB as services: this test starts its own.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env,
    });
  } finally {
    if (ownPolicy) unlinkSync(policy);
  }
  assert.ok(ready(), 'WordPress, PHP with mysqli and MariaDB are installed');
}

function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  } catch (err) {
    throw new Error(`${cmd} ${args.join(' ')} failed: ${err.stderr || err.message}`, { cause: err });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function until(what, check, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** MariaDB and PHP's server on a copy of Debian's WordPress in a temporary folder. */
async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'withdrawal-wp-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const exitHook = () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
  process.once('exit', exitHook);
  try {
    const site = join(dir, 'site');
    const sock = join(dir, 'mysql.sock');
    // Hard links where the file system allows (fast); a copy where it does not.
    try {
      run('cp', ['-al', WP, site]);
    } catch {
      run('cp', ['-a', WP, site]);
    }
    run('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${join(dir, 'db')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const db = spawn(
      'mariadbd',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${join(dir, 'db')}`,
        `--socket=${sock}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'db.pid')}`,
        `--log-error=${join(dir, 'db.err')}`,
      ],
      { stdio: 'ignore' },
    );
    children.push(db);
    await until('MariaDB', () => existsSync(sock));

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    unlinkSync(join(site, 'wp-config.php'));
    writeFileSync(join(site, 'wp-config.php'), wpConfig(origin, sock));
    for (const [name, path] of pluginFiles()) {
      const to = join(site, 'wp-content/plugins', name);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(path, to);
    }
    mkdirSync(join(site, 'wp-content/uploads'), { recursive: true });
    copyFileSync(new URL('../fixtures/small.json', import.meta.url), join(site, 'wp-content/uploads/story.json'));

    writeFileSync(join(dir, 'setup.php'), SETUP);
    const setup = (phase) => {
      const out = run('php', [join(dir, 'setup.php'), phase, site, origin, sock], { timeout: 180_000 });
      return JSON.parse(out.slice(out.indexOf('{')));
    };
    setup('install');
    const posts = setup('posts');

    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], { stdio: 'ignore' });
    children.push(php);
    await until('PHP server', async () => (await fetch(`${origin}/wp-login.php`)).ok);
    return {
      posts,
      stop: async () => {
        process.off('exit', exitHook);
        await stop();
      },
    };
  } catch (err) {
    process.off('exit', exitHook);
    await stop();
    throw err;
  }
}

/** Open a page, wait for `count` widgets to settle, and report their states and any page error. */
async function visit(browser, url, count) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium asks every site for a favicon; WordPress has none here, which is no page error.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const html = await response.text();
    const tags = 'withdrawal-timeline, base-map, milestone-countdown';
    await page
      .waitForFunction(
        ([sel, n]) => {
          const ws = [...document.querySelectorAll(sel)];
          return ws.length === n && ws.every((w) => w.matches(':state(ready), :state(error)'));
        },
        [tags, count],
        { timeout: 60_000 },
      )
      .catch(() => {});
    const { states, leftover, inlineTitles } = await page.evaluate(
      (sel) => ({
        inlineTitles: [...document.querySelectorAll('withdrawal-data > script[type="application/json"]')].map((s) => {
          try {
            return JSON.parse(s.textContent).meta.title;
          } catch {
            return 'unparsable';
          }
        }),
        states: [...document.querySelectorAll(sel)].map(
          (w) => ['ready', 'error', 'loading'].find((s) => w.matches(`:state(${s})`)) ?? 'none',
        ),
        leftover: document.querySelectorAll('[data-withdrawal-widget]').length,
      }),
      tags,
    );
    return { html, errors, states, leftover, inlineTitles };
  } finally {
    await page.close();
  }
}

function wpConfig(origin, sock) {
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${sock}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
foreach (array('AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT') as $k) define($k, 'test-only-' . $k);
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

// Run twice: `install` (the database, WordPress, the plugin), then `posts` in a fresh process with
// the plugin loaded: an Author and an Editor publish posts AS themselves (wp_set_current_user runs
// kses_init, so the HTML filter is the one WordPress applies to that role on save).
const SETUP = String.raw`<?php
[$phase, $site, $origin, $sock] = array_slice($argv, 1);
$p = parse_url($origin);
$_SERVER['HTTP_HOST'] = $p['host'] . ':' . $p['port'];
$_SERVER['SERVER_NAME'] = $p['host'];
$_SERVER['SERVER_PORT'] = $p['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

if ('install' === $phase) {
	mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
	$db = null;
	for ($i = 0; $i < 150 && !$db; $i++) {
		try { $db = new mysqli('localhost', 'root', '', '', 0, $sock); } catch (Throwable $e) { usleep(200000); }
	}
	if (!$db) { fwrite(STDERR, "MariaDB did not answer\n"); exit(1); }
	$db->query('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4');
	define('WP_INSTALLING', true);
	require $site . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	wp_install('Newsroom', 'admin', 'admin@example.org', false, '', wp_generate_password());
	$r = activate_plugin('withdrawal-widgets/withdrawal-widgets.php');
	if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
	echo json_encode(array('installed' => true));
	exit(0);
}

require $site . '/wp-load.php';
if (!function_exists('withdrawal_widgets_placeholder')) {
	fwrite(STDERR, "plugin not active\n"); exit(1);
}
function newsroom_user($login, $role) {
	$id = wp_insert_user(array('user_login' => $login, 'user_pass' => wp_generate_password(), 'user_email' => "$login@example.org", 'role' => $role));
	if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
	return $id;
}
function publish_as($user, $title, $content) {
	wp_set_current_user($user);
	$id = wp_insert_post(wp_slash(array('post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $user)), true);
	if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
	return array('url' => get_permalink($id), 'stored' => get_post_field('post_content', $id, 'raw'), 'unfiltered' => current_user_can('unfiltered_html'));
}
$author = newsroom_user('reporter', 'author');
$editor = newsroom_user('desk', 'editor');
$story = $origin . '/wp-content/uploads/story.json';
$out = array();
$out['block'] = publish_as($author, 'Block post', implode("\n\n", array(
	'<!-- wp:paragraph --><p>The drawdown, step by step.</p><!-- /wp:paragraph -->',
	'<!-- wp:withdrawal-widgets/widget {"widget":"timeline","src":"' . $story . '","lang":"en","theme":"light"} /-->',
	'<!-- wp:withdrawal-widgets/widget {"widget":"map"} /-->',
	'<!-- wp:withdrawal-widgets/widget {"widget":"countdown","lang":"ar","now":"2026-01-01T00:00:00Z"} /-->',
)));
// The classic editor: automatic paragraphs run on this, and kses strips the tags and the script.
$out['classic'] = publish_as($author, 'Shortcode post', "The drawdown, step by step.\n\n"
	. "[withdrawal-widget type=\"data\" id=\"story\" src=\"/wp-content/uploads/story.json\" now=\"2026-01-01T00:00:00Z\"]\n\n"
	. "[withdrawal-widget type=\"map\" source=\"story\"]\n\n"
	. "Some text in between.\n[withdrawal-widget type=\"timeline\" source=\"story\" theme=\"dark\"]\n\n"
	. "<div data-withdrawal-widget=\"countdown\" data-source=\"story\"></div>\n\n"
	. "<withdrawal-timeline></withdrawal-timeline><script type=\"module\" src=\"https://example.org/x.js\"></script>\n\nThe end.");
$out['editor'] = publish_as($editor, 'Tags post', "<!-- wp:html -->\n"
	. "<withdrawal-data id=\"ed\" now=\"2026-01-01T00:00:00Z\">\n<milestone-countdown></milestone-countdown>\n</withdrawal-data>\n"
	. "<base-map source=\"ed\"></base-map>\n<withdrawal-timeline source=\"ed\" deep-link></withdrawal-timeline>\n<!-- /wp:html -->");
// A story inline in a <pre> (kept as typed by kses, wptexturize and wpautop), in the classic editor.
$out['inline'] = publish_as($author, 'Inline story post', "Our own story:\n\n<div data-withdrawal-widget=\"data\" data-now=\"2026-01-01T00:00:00Z\">\n"
	. '<pre data-withdrawal-story>' . esc_html(file_get_contents($site . '/wp-content/uploads/story.json')) . "</pre>\n\n"
	. "<div data-withdrawal-widget=\"timeline\"></div>\n\n<div data-withdrawal-widget=\"countdown\"></div>\n</div>\n\nThe end.");
$out['plain'] = publish_as($author, 'Plain post', 'Nothing to see here.');
// What the renderer makes of hostile values (a shortcode's attributes are whatever an Author types).
$out['hostile'] = withdrawal_widgets_placeholder(array('type' => 'map"><script>', 'src' => 'javascript:alert(1)', 'lang' => 'en" onclick="x', 'theme' => 'dark', 'now' => '2026"><b>', 'source' => 'a b"c'));
$out['quoted'] = withdrawal_widgets_placeholder(array('type' => 'map', 'src' => 'https://example.org/s.json?a=1&b="x"', 'id' => 'x"y', 'selected' => 'e1', 'date' => '2025-06-15'));
echo json_encode($out);
`;

test('the build zips the WordPress plugin with the single-file bundle in it', async () => {
  const { ZIP } = await import('../../scripts/build-wp-zip.mjs');
  assert.ok(existsSync(ZIP), 'dist/withdrawal-widgets-wordpress.zip exists (npm run build)');
  // File names sit uncompressed in a zip's central directory.
  const names = readFileSync(ZIP).toString('latin1');
  for (const f of [
    'withdrawal-widgets.php',
    'readme.txt',
    'block/block.json',
    'block/editor.js',
    'block/editor.asset.php',
    'assets/withdrawal-widgets.css',
    'assets/withdrawal-widgets.js',
    'assets/withdrawal-placeholders.js',
  ]) {
    assert.ok(names.includes(`withdrawal-widgets/${f}`), f);
  }
  assert.ok(statSync(ZIP).size > statSync('dist/withdrawal-widgets.js').size / 4, 'the bundle is in it');
});
