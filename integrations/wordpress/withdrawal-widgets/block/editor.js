/*
 * The block's editor UI, in plain JavaScript against WordPress's `wp` globals (no build step):
 * the widget, the story URL, the language, the theme and a frozen date. The block is dynamic: the
 * server renders it, so `save` returns null.
 */
(function (wp) {
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;

  var WIDGETS = [
    { value: 'timeline', label: __('Timeline: the events in time order', 'withdrawal-widgets') },
    { value: 'map', label: __('Map: the places and their state', 'withdrawal-widgets') },
    { value: 'countdown', label: __('Countdown: time to or since a milestone', 'withdrawal-widgets') },
  ];
  var LANGS = [
    { value: '', label: __('The page’s language', 'withdrawal-widgets') },
    { value: 'en', label: 'English' },
    { value: 'ar', label: 'العربية' },
    { value: 'ckb', label: 'کوردی' },
  ];
  var THEMES = [
    { value: 'auto', label: __('Follow the reader’s setting', 'withdrawal-widgets') },
    { value: 'light', label: __('Light', 'withdrawal-widgets') },
    { value: 'dark', label: __('Dark', 'withdrawal-widgets') },
  ];

  function Edit(props) {
    var a = props.attributes;
    function set(key) {
      return function (value) {
        var next = {};
        next[key] = value;
        props.setAttributes(next);
      };
    }
    return el(
      'div',
      useBlockProps(),
      el(
        components.Placeholder,
        {
          icon: 'clock',
          label: __('Withdrawal widget', 'withdrawal-widgets'),
          instructions: __('Shown to readers as an interactive widget.', 'withdrawal-widgets'),
        },
        el(components.SelectControl, {
          label: __('Widget', 'withdrawal-widgets'),
          value: a.widget,
          options: WIDGETS,
          onChange: set('widget'),
        }),
        el(components.TextControl, {
          label: __('Story URL', 'withdrawal-widgets'),
          help: __('A story JSON file. Empty: the built-in story.', 'withdrawal-widgets'),
          type: 'url',
          value: a.src,
          onChange: set('src'),
        }),
        el(components.SelectControl, {
          label: __('Language', 'withdrawal-widgets'),
          value: a.lang,
          options: LANGS,
          onChange: set('lang'),
        }),
        el(components.SelectControl, {
          label: __('Theme', 'withdrawal-widgets'),
          value: a.theme,
          options: THEMES,
          onChange: set('theme'),
        }),
        el(components.TextControl, {
          label: __('Frozen date', 'withdrawal-widgets'),
          help: __(
            'Optional. Show the story as of this instant, e.g. 2026-01-01T00:00:00Z (archives, screenshots).',
            'withdrawal-widgets',
          ),
          value: a.now,
          onChange: set('now'),
        }),
      ),
    );
  }

  wp.blocks.registerBlockType('withdrawal-widgets/widget', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp);
