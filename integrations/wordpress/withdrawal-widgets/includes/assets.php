<?php
/**
 * The module and the space-reserving CSS: registered on every page, enqueued only on pages that
 * show a widget, and then once, however many widgets the page has.
 */

if (!defined('ABSPATH')) {
	exit;
}

/**
 * URL of the single-file bundle: the copy shipped in the plugin's zip, else the npm package on a
 * CDN (so the plugin folder also works straight from the repository). Sites can point it at their
 * own copy with the `withdrawal_widgets_bundle_url` filter.
 */
function withdrawal_widgets_bundle_url() {
	return apply_filters('withdrawal_widgets_bundle_url', withdrawal_widgets_asset_url('withdrawal-widgets.js'));
}

/**
 * URL of the placeholder add-on (`<div data-withdrawal-widget>` → the element), which the block,
 * the shortcode and hand-written placeholders all rely on. Same rule and filter pattern as above.
 */
function withdrawal_widgets_placeholders_url() {
	return apply_filters('withdrawal_widgets_placeholders_url', withdrawal_widgets_asset_url('withdrawal-placeholders.js'));
}

/** A file of the package: the copy in the plugin's assets/ when there is one, else the CDN's. */
function withdrawal_widgets_asset_url($file) {
	return file_exists(WITHDRAWAL_WIDGETS_DIR . '/assets/' . $file)
		? plugins_url('assets/' . $file, WITHDRAWAL_WIDGETS_DIR . '/withdrawal-widgets.php')
		: 'https://cdn.jsdelivr.net/npm/withdrawal-widgets@' . WITHDRAWAL_WIDGETS_VERSION . '/dist/' . $file;
}

function withdrawal_widgets_register_assets() {
	wp_register_script('withdrawal-widgets', withdrawal_widgets_bundle_url(), array(), WITHDRAWAL_WIDGETS_VERSION, true);
	wp_register_script('withdrawal-widgets-placeholders', withdrawal_widgets_placeholders_url(), array(), WITHDRAWAL_WIDGETS_VERSION, true);
	wp_register_style(
		'withdrawal-widgets',
		plugins_url('assets/withdrawal-widgets.css', WITHDRAWAL_WIDGETS_DIR . '/withdrawal-widgets.php'),
		array(),
		WITHDRAWAL_WIDGETS_VERSION
	);
}
add_action('init', 'withdrawal_widgets_register_assets');

/** Called by every renderer; WordPress prints each handle once per page. */
function withdrawal_widgets_enqueue() {
	wp_enqueue_script('withdrawal-widgets');
	wp_enqueue_script('withdrawal-widgets-placeholders');
	wp_enqueue_style('withdrawal-widgets');
}

/** Both files are ES modules: WordPress 6.1 has no module API, so the tag says so itself. */
function withdrawal_widgets_module_tag($tag, $handle, $src) {
	if ('withdrawal-widgets' !== $handle && 'withdrawal-widgets-placeholders' !== $handle) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url($src) . '" id="' . esc_attr($handle) . '-js"></script>' . "\n";
}
add_filter('script_loader_tag', 'withdrawal_widgets_module_tag', 10, 3);

/** Whether a post's content shows a widget: the block, the shortcode, a placeholder or the tags. */
function withdrawal_widgets_content_uses($content) {
	if (!is_string($content) || '' === $content) {
		return false;
	}
	return has_block('withdrawal-widgets/widget', $content)
		|| has_shortcode($content, 'withdrawal-widget')
		|| (bool) preg_match('/data-withdrawal-widget|<(withdrawal-data|withdrawal-timeline|base-map|milestone-countdown)[\s>]/i', $content);
}

/**
 * Decide before `<head>` is printed, so that the space-reserving CSS is in the head (a stylesheet
 * that arrives in the footer would let the page jump). Renderers enqueue too, for widgets outside
 * the main query (sidebars, templates).
 */
function withdrawal_widgets_enqueue_for_query() {
	global $wp_query;
	if (!($wp_query instanceof WP_Query) || empty($wp_query->posts)) {
		return;
	}
	foreach ($wp_query->posts as $post) {
		if ($post instanceof WP_Post && withdrawal_widgets_content_uses($post->post_content)) {
			withdrawal_widgets_enqueue();
			return;
		}
	}
}
add_action('wp_enqueue_scripts', 'withdrawal_widgets_enqueue_for_query');
