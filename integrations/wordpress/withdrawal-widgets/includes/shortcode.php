<?php
/**
 * `[withdrawal-widget type="timeline" src="…"]`: for the classic editor and anywhere shortcodes
 * run. Attributes: type (timeline, map, countdown, data), src, source, id, lang, theme, now,
 * selected, milestone, date.
 */

if (!defined('ABSPATH')) {
	exit;
}

function withdrawal_widgets_shortcode($atts) {
	$atts = shortcode_atts(
		array(
			'type'      => 'timeline',
			'src'       => '',
			'source'    => '',
			'id'        => '',
			'lang'      => '',
			'theme'     => '',
			'now'       => '',
			'selected'  => '',
			'milestone' => '',
			'date'      => '',
		),
		$atts,
		'withdrawal-widget'
	);
	return withdrawal_widgets_placeholder($atts);
}
add_shortcode('withdrawal-widget', 'withdrawal_widgets_shortcode');
