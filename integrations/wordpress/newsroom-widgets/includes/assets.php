<?php
/**
 * Loading the library: its loader (autoload.js, a module that imports from
 * chunks/ next to it only the widgets a page uses) and the optional stylesheet
 * that gives widgets their final shape before the script runs. Both load only
 * on pages that show a widget.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where the plugin keeps the library's files: assets/<version>/, so that each
 * version has addresses of its own. (A `?ver=` query would do for a classic
 * script, but not for a module that its own chunks import again: the browser
 * would run autoload.js and autoload.js?ver=… as two modules.)
 *
 * @param string $file A file of the library's dist/ folder.
 * @return string The address of the plugin's copy, or '' when it is missing.
 */
function newsroom_widgets_asset_url( $file ) {
	$path = 'assets/' . NEWSROOM_WIDGETS_VERSION . '/' . $file;
	return is_readable( NEWSROOM_WIDGETS_DIR . $path ) ? plugins_url( $path, NEWSROOM_WIDGETS_FILE ) : '';
}

/**
 * The address of autoload.js: the plugin's copy, or what the
 * `newsroom_widgets_script_url` filter says.
 *
 * @return string '' when there is nothing to load.
 */
function newsroom_widgets_script_url() {
	/**
	 * Filters the address of the library's loader, autoload.js.
	 *
	 * Point it at your own copy of the library's dist/ folder (a CDN); chunks/
	 * must stay next to autoload.js. A host on another origin must send
	 * Access-Control-Allow-Origin, since browsers fetch module scripts with CORS.
	 * Give each version its own folder rather than a query string. Return ''
	 * to load nothing (a theme that loads the library itself).
	 *
	 * @param string $url The plugin's copy, or '' when it is missing.
	 */
	return (string) apply_filters( 'newsroom_widgets_script_url', newsroom_widgets_asset_url( 'autoload.js' ) );
}

/**
 * The address of newsroom-widgets.css: the plugin's copy, or what the
 * `newsroom_widgets_style_url` filter says.
 *
 * @return string '' when there is no stylesheet to load.
 */
function newsroom_widgets_style_url() {
	/**
	 * Filters the address of the optional pre-upgrade stylesheet, which lays out
	 * each widget's HTML as the widget will look, so nothing moves when the
	 * script arrives. Return '' to leave it out.
	 *
	 * @param string $url The plugin's copy, or '' when it is missing.
	 */
	return (string) apply_filters( 'newsroom_widgets_style_url', newsroom_widgets_asset_url( 'newsroom-widgets.css' ) );
}

/**
 * Registers the loader as a script module where WordPress has them (6.5+),
 * otherwise as a classic script that `newsroom_widgets_module_tag` turns into
 * a module; and the stylesheet. No `?ver=`: the version is in the path.
 */
function newsroom_widgets_register_assets() {
	$script = newsroom_widgets_script_url();
	if ( '' !== $script ) {
		if ( function_exists( 'wp_register_script_module' ) ) {
			wp_register_script_module( 'newsroom-widgets', $script, array(), null );
		} else {
			wp_register_script( 'newsroom-widgets', $script, array(), null, false );
		}
	}
	$style = newsroom_widgets_style_url();
	if ( '' !== $style ) {
		wp_register_style( 'newsroom-widgets', $style, array(), null );
	}
}
add_action( 'wp_enqueue_scripts', 'newsroom_widgets_register_assets', 1 );

/**
 * Before 6.5, WordPress prints classic scripts only: give ours `type="module"`
 * (replacing a `type='text/javascript'` that themes without HTML5 support get).
 *
 * @param string $tag    The script tag(s) WordPress prints for the handle.
 * @param string $handle The script handle.
 * @return string
 */
function newsroom_widgets_module_tag( $tag, $handle ) {
	if ( 'newsroom-widgets' !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'#<script\b[^>]*\bid=([\'"])newsroom-widgets-js\1[^>]*>#i',
		function ( $match ) {
			$open = preg_replace( '#\stype=([\'"])[^\'"]*\1#i', '', $match[0] );
			return preg_replace( '#^<script\b#i', '<script type="module"', $open );
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'newsroom_widgets_module_tag', 10, 2 );

/**
 * Whether something on this page has asked for the library, and whether it
 * has been enqueued.
 *
 * @param bool|null $wanted Pass true to record a request.
 * @return bool
 */
function newsroom_widgets_wanted( $wanted = null ) {
	static $state = false;
	if ( true === $wanted ) {
		$state = true;
	}
	return $state;
}

/**
 * Asks for the library on this page. Renderers call this: before the head is
 * printed (block themes render content first) it is enqueued with the
 * head's scripts; later, WordPress prints it in the footer.
 */
function newsroom_widgets_request_library() {
	newsroom_widgets_wanted( true );
	if ( did_action( 'wp_enqueue_scripts' ) ) {
		newsroom_widgets_enqueue_library();
	}
}

/** Enqueues the loader, and the stylesheet while the head's styles are still to come. */
function newsroom_widgets_enqueue_library() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'newsroom-widgets' );
	} elseif ( wp_script_is( 'newsroom-widgets', 'registered' ) ) {
		wp_enqueue_script( 'newsroom-widgets' );
	}
	// A stylesheet printed after the content would come too late to keep it still.
	if ( ! did_action( 'wp_print_styles' ) && wp_style_is( 'newsroom-widgets', 'registered' ) ) {
		wp_enqueue_style( 'newsroom-widgets' );
	}
}

/**
 * Whether post content uses the library: a widget tag, one of the plugin's
 * shortcodes, official embed code, or a post address that becomes an embed.
 *
 * @param string $content Post content as stored.
 * @return bool
 */
function newsroom_widgets_content_uses_widgets( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== stripos( $content, '<nw-' ) ) {
		return true;
	}
	foreach ( newsroom_widgets_shortcode_tags() as $tag ) {
		if ( has_shortcode( $content, $tag ) ) {
			return true;
		}
	}
	if ( preg_match( '/\b(?:twitter-tweet|bluesky-embed|mastodon-embed)\b/', $content ) ) {
		return true;
	}
	return (bool) preg_match( newsroom_widgets_post_url_pattern(), $content );
}

/** On a single post or page whose content uses a widget, loads the library from the head. */
function newsroom_widgets_enqueue_for_request() {
	$wanted = newsroom_widgets_wanted();
	if ( ! $wanted && is_singular() ) {
		$wanted = newsroom_widgets_content_uses_widgets( get_post_field( 'post_content', get_queried_object_id() ) );
	}
	/**
	 * Filters whether this page loads the library from the head. (A widget
	 * rendered later, in a sidebar or a list of posts, still loads it in the
	 * footer.)
	 *
	 * @param bool $wanted Whether the page's content uses a widget.
	 */
	if ( apply_filters( 'newsroom_widgets_load', $wanted ) ) {
		newsroom_widgets_wanted( true );
		newsroom_widgets_enqueue_library();
		newsroom_widgets_leave_out_wp_emoji();
	}
}
add_action( 'wp_enqueue_scripts', 'newsroom_widgets_enqueue_for_request' );

/**
 * WordPress's emoji script, for browsers that lack the newest emoji, turns
 * every emoji on the page into an image from s.w.org (WordPress.org's CDN):
 * a request to another host as a reader opens the page, and inside a
 * widget's HTML an emoji that the widget, which shows text, then loses
 * (a post's "⤵️" or "🇺🇦"). On pages with widgets it is left out; browsers
 * draw emoji with their own fonts. The `newsroom_widgets_keep_wp_emoji`
 * filter keeps it.
 */
function newsroom_widgets_leave_out_wp_emoji() {
	/**
	 * Filters whether WordPress's emoji script stays on pages with widgets.
	 *
	 * @param bool $keep Default false.
	 */
	if ( apply_filters( 'newsroom_widgets_keep_wp_emoji', false ) ) {
		return;
	}
	remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
	remove_action( 'wp_print_styles', 'print_emoji_styles' );
	wp_dequeue_style( 'wp-emoji-styles' );
}

/**
 * Any content that comes out with a widget tag in it (a list of posts, a text
 * widget, a reusable block) asks for the library.
 *
 * @param string $content Filtered content.
 * @return string The same content.
 */
function newsroom_widgets_notice_widgets( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<nw-' ) ) {
		newsroom_widgets_request_library();
	}
	return $content;
}
add_filter( 'the_content', 'newsroom_widgets_notice_widgets', 100 );
add_filter( 'widget_text_content', 'newsroom_widgets_notice_widgets', 100 );
add_filter( 'widget_block_content', 'newsroom_widgets_notice_widgets', 100 );

/** Tells administrators when the plugin has no library to load. */
function newsroom_widgets_missing_assets_notice() {
	if ( ! current_user_can( 'activate_plugins' ) || '' !== newsroom_widgets_script_url() ) {
		return;
	}
	printf(
		'<div class="notice notice-warning"><p>%s</p></div>',
		esc_html__( 'Newsroom Widgets has no library to load: its assets/ folder is empty. Install the packaged plugin (the zip that npm run package:wordpress builds), or point the newsroom_widgets_script_url filter at your copy of autoload.js.', 'newsroom-widgets' )
	);
}
add_action( 'admin_notices', 'newsroom_widgets_missing_assets_notice' );
