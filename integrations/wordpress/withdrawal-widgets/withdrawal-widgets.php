<?php
/**
 * Plugin Name:       Withdrawal Widgets
 * Description:       A timeline, a locator map and a milestone countdown that tell a news story in time and space. Adds a block and the [withdrawal-widget] shortcode that every author can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       withdrawal-widgets
 *
 * The widgets are web components in one ES module. Authors cannot paste `<script>` or custom
 * elements (WordPress's HTML filter removes them on save), so the block and the shortcode render a
 * plain placeholder `<div data-withdrawal-widget="…">` on the server, which the placeholder add-on module upgrades
 * into the real element in the reader's browser.
 */

if (!defined('ABSPATH')) {
	exit;
}

define('WITHDRAWAL_WIDGETS_VERSION', '0.1.0');
define('WITHDRAWAL_WIDGETS_DIR', __DIR__);

require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
