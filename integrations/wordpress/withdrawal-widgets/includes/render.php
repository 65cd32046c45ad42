<?php
/**
 * The server-side rendering shared by the block and the shortcode: a placeholder `<div>` whose
 * `data-*` attributes the bundle turns into the element's attributes. Every value is checked
 * against what it may be, then escaped.
 */

if (!defined('ABSPATH')) {
	exit;
}

/** Placeholder kinds (`data-withdrawal-widget`): the three widgets and the story provider. */
function withdrawal_widgets_kinds() {
	return array('timeline', 'map', 'countdown', 'data');
}

/** An ISO 8601 date or instant, as the `now`, `date` attributes take; anything else is dropped. */
function withdrawal_widgets_clean_date($value) {
	$value = trim((string) $value);
	return preg_match('/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/', $value) ? $value : '';
}

/** An HTML id or a story item id: letters, digits, `-`, `_`, `.`, `:`. */
function withdrawal_widgets_clean_id($value) {
	$value = trim((string) $value);
	return preg_match('/^[A-Za-z0-9_.:-]{1,100}$/', $value) ? $value : '';
}

/**
 * The placeholder for one widget.
 *
 * @param array  $args  type, src, source, id, lang, theme, now, selected, milestone, date.
 * @param string $extra Extra classes (the block's wrapper classes).
 */
function withdrawal_widgets_placeholder($args, $extra = '') {
	$type = isset($args['type']) && in_array($args['type'], withdrawal_widgets_kinds(), true) ? $args['type'] : 'timeline';
	$data = array();
	if (!empty($args['src'])) {
		$src = esc_url_raw(trim((string) $args['src']), array('http', 'https'));
		if ('' !== $src) {
			$data['src'] = $src;
		}
	}
	foreach (array('source', 'selected', 'milestone') as $key) {
		$value = isset($args[$key]) ? withdrawal_widgets_clean_id($args[$key]) : '';
		if ('' !== $value) {
			$data[$key] = $value;
		}
	}
	if (!empty($args['id']) && '' !== withdrawal_widgets_clean_id($args['id'])) {
		$data['id'] = withdrawal_widgets_clean_id($args['id']);
	}
	if (!empty($args['lang']) && preg_match('/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', (string) $args['lang'])) {
		$data['lang'] = $args['lang'];
	}
	if (!empty($args['theme']) && in_array($args['theme'], array('light', 'dark', 'auto'), true)) {
		$data['theme'] = $args['theme'];
	}
	foreach (array('now', 'date') as $key) {
		$value = isset($args[$key]) ? withdrawal_widgets_clean_date($args[$key]) : '';
		if ('' !== $value) {
			$data[$key] = $value;
		}
	}

	withdrawal_widgets_enqueue();
	$class = trim('withdrawal-widgets-embed withdrawal-widgets-embed--' . $type . ' ' . $extra);
	$html = '<div class="' . esc_attr($class) . '" data-withdrawal-widget="' . esc_attr($type) . '"';
	foreach ($data as $key => $value) {
		$html .= ' data-' . $key . '="' . ('src' === $key ? esc_url($value) : esc_attr($value)) . '"';
	}
	return $html . '></div>';
}
