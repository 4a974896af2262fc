<?php
/**
 * Letting the widget tags through WordPress's HTML filter (kses).
 *
 * kses runs when someone without the `unfiltered_html` capability saves a
 * post: Authors and Contributors, and on multisite everyone but super admins.
 * It deletes tags it does not know, such as <nw-quote-card>, and keeps only
 * their text. Here the four tags and their documented attributes join the
 * `post` context, with the global attributes WordPress gives its own tags
 * (which a filter has to list again for new ones).
 *
 * What stays out: <script>, including the JSON child
 * (<script type="application/json">) that the demand table and the fact box
 * can read. The `post` context is the one every plugin uses for untrusted
 * HTML (front-end submissions, profile fields, form builders), so allowing a
 * script element there would widen it far beyond post editors; and kses
 * reads what is inside a script as markup while a browser reads it as raw
 * text. Authors write the same content as a table or a list, or with the
 * [nw_demands] and [nw_facts] shortcodes, and readers without JavaScript see
 * it too. Editors and Administrators (who have `unfiltered_html`) can still
 * paste the JSON form.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each widget tag and its documented attributes (custom-elements.json).
 *
 * @return array<string, string[]>
 */
function newsroom_widgets_tag_attributes() {
	return array(
		'nw-quote-card'   => array( 'speaker', 'speaker-role', 'date', 'cite', 'source', 'avatar', 'variant', 'theme' ),
		'nw-tweet-embed'  => array( 'url', 'author', 'handle', 'date', 'avatar', 'platform', 'allow-original', 'theme' ),
		'nw-demand-table' => array( 'heading', 'demand-by', 'response-by', 'updated', 'theme' ),
		'nw-fact-box'     => array( 'heading', 'updated', 'max-visible', 'variant', 'theme' ),
	);
}

/**
 * The global attributes WordPress 6.1 allows on its own tags, minus `style`
 * (the widgets take no inline styles) and `role` (each widget has its own).
 *
 * @return array<string, bool>
 */
function newsroom_widgets_global_attributes() {
	return array(
		'class'            => true,
		'id'               => true,
		'lang'             => true,
		'dir'              => true,
		'title'            => true,
		'hidden'           => true,
		'data-*'           => true,
		'aria-describedby' => true,
		'aria-details'     => true,
		'aria-label'       => true,
		'aria-labelledby'  => true,
		'aria-hidden'      => true,
	);
}

/**
 * Adds the widget tags to the `post` context, and <time> (for the "updated"
 * date of a table or fact box), which WordPress 6.1 does not allow.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function newsroom_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$global = newsroom_widgets_global_attributes();
	foreach ( newsroom_widgets_tag_attributes() as $tag => $attributes ) {
		$existing     = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? $tags[ $tag ] : array();
		$tags[ $tag ] = array_merge( $existing, $global, array_fill_keys( $attributes, true ) );
	}
	if ( ! isset( $tags['time'] ) ) {
		$tags['time'] = array_merge( $global, array( 'datetime' => true ) );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'newsroom_widgets_allowed_html', 10, 2 );

/**
 * The widgets' `url` and `avatar` attributes are addresses: kses checks their
 * protocol as it does `href` and `src`, so `javascript:` is removed on save.
 * (`cite` is one already.)
 *
 * @param string[] $attributes Attribute names whose values are URLs.
 * @return string[]
 */
function newsroom_widgets_uri_attributes( $attributes ) {
	return array_values( array_unique( array_merge( (array) $attributes, array( 'url', 'avatar' ) ) ) );
}
add_filter( 'wp_kses_uri_attributes', 'newsroom_widgets_uri_attributes' );
