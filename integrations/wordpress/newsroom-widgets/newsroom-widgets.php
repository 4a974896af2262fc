<?php
/**
 * Plugin Name:       Newsroom Widgets
 * Plugin URI:        https://www.npmjs.com/package/newsroom-widgets
 * Description:       Private, fast, accessible quote cards, social posts, demand tables and fact boxes. Pasted X, Bluesky and Mastodon links become private posts; Authors get shortcodes that survive WordPress's HTML filter.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            newsroom-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       newsroom-widgets
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version: the version of the library files it ships in assets/. */
define( 'NEWSROOM_WIDGETS_VERSION', '0.1.0' );
define( 'NEWSROOM_WIDGETS_FILE', __FILE__ );
define( 'NEWSROOM_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once NEWSROOM_WIDGETS_DIR . 'includes/assets.php';
require_once NEWSROOM_WIDGETS_DIR . 'includes/kses.php';
require_once NEWSROOM_WIDGETS_DIR . 'includes/markers.php';
require_once NEWSROOM_WIDGETS_DIR . 'includes/embeds.php';
require_once NEWSROOM_WIDGETS_DIR . 'includes/shortcodes.php';
