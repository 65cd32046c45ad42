<?php
/**
 * The `withdrawal-widgets/widget` block: a dynamic block (nothing but its attributes is saved in
 * the post), rendered on the server as the same placeholder as the shortcode.
 */

if (!defined('ABSPATH')) {
	exit;
}

function withdrawal_widgets_render_block($attributes) {
	$args = array(
		'type'  => isset($attributes['widget']) ? $attributes['widget'] : 'timeline',
		'src'   => isset($attributes['src']) ? $attributes['src'] : '',
		'lang'  => isset($attributes['lang']) ? $attributes['lang'] : '',
		'theme' => isset($attributes['theme']) ? $attributes['theme'] : '',
		'now'   => isset($attributes['now']) ? $attributes['now'] : '',
	);
	$wrapper = function_exists('get_block_wrapper_attributes') ? get_block_wrapper_attributes() : '';
	$classes = preg_match('/class="([^"]*)"/', $wrapper, $m) ? html_entity_decode($m[1]) : 'wp-block-withdrawal-widgets-widget';
	return withdrawal_widgets_placeholder($args, $classes);
}

function withdrawal_widgets_register_block() {
	register_block_type(WITHDRAWAL_WIDGETS_DIR . '/block', array('render_callback' => 'withdrawal_widgets_render_block'));
}
add_action('init', 'withdrawal_widgets_register_block');
