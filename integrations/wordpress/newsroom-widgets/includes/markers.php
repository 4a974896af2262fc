<?php
/**
 * Keeping widget HTML out of wpautop's reach.
 *
 * In classic content and in Shortcode blocks, WordPress wraps every
 * "paragraph" in <p>, and to it a custom element is inline text:
 * <nw-tweet-embed><blockquote>… would come out as
 * <p><nw-tweet-embed></p><blockquote>…<p></nw-tweet-embed></p>, and the
 * browser would move the blockquote out of the widget. Embeds run before
 * wpautop; shortcodes run after it, but inside the <p> it made around them.
 *
 * So while such content is being filtered, renderers hand back a comment
 * (which wpautop, wptexturize and the smilies leave alone), and at the end
 * the comments become the widget HTML: a paragraph that held only a widget
 * is dropped, and a widget amid the text of a paragraph splits it.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The filters whose content wpautop runs through, and where markers are put back. */
function newsroom_widgets_autop_filters() {
	return array( 'the_content', 'widget_text_content', 'widget_block_content' );
}

/**
 * Remembers widget HTML and returns its marker, or the HTML itself when no
 * filter that runs wpautop is running.
 *
 * @param string $html Widget HTML.
 * @return string
 */
function newsroom_widgets_defer_html( $html ) {
	$in_autop_filter = false;
	foreach ( newsroom_widgets_autop_filters() as $filter ) {
		$in_autop_filter = $in_autop_filter || doing_filter( $filter );
	}
	if ( ! $in_autop_filter ) {
		return $html;
	}
	$key = md5( $html );
	newsroom_widgets_marker_store( $key, $html );
	return '<!--newsroom-widgets:' . $key . '-->';
}

/**
 * The HTML behind each marker of this request.
 *
 * @param string|null $key  A marker key.
 * @param string|null $html The HTML to remember under it.
 * @return array<string, string>
 */
function newsroom_widgets_marker_store( $key = null, $html = null ) {
	static $store = array();
	if ( null !== $key && null !== $html ) {
		$store[ $key ] = $html;
	}
	return $store;
}

/**
 * Puts the widget HTML where its markers are, mending the paragraphs around.
 *
 * @param string $content Filtered content.
 * @return string
 */
function newsroom_widgets_restore_html( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<!--newsroom-widgets:' ) ) {
		return $content;
	}
	$marker = '<!--newsroom-widgets:[0-9a-f]{32}-->';
	$open   = '<p(?:\s[^>]*)?>';
	$blank  = '(?:\s|&nbsp;|<br\s*/?>)*';
	// A paragraph that holds only the widget: the widget alone.
	$content = preg_replace( "#{$open}{$blank}({$marker}){$blank}</p>#i", '$1', $content );
	// A widget that ends a paragraph: close the paragraph before it.
	$content = preg_replace( "#({$marker}){$blank}</p>#i", '</p>$1', $content );
	// A widget that starts a paragraph: open the paragraph after it.
	$content = preg_replace( "#({$open}){$blank}({$marker})#i", '$2$1', $content );

	$store = newsroom_widgets_marker_store();
	return preg_replace_callback(
		"#{$marker}#",
		function ( $match ) use ( $store, $content, $open ) {
			$key  = substr( $match[0][0], strlen( '<!--newsroom-widgets:' ), 32 );
			$html = isset( $store[ $key ] ) ? $store[ $key ] : '';
			// Amid a paragraph's text: end the paragraph, and go on in a new one.
			$before = substr( $content, 0, $match[0][1] );
			$opened = preg_match_all( "#{$open}#i", $before );
			$closed = preg_match_all( '#</p>#i', $before );
			return $opened > $closed ? '</p>' . $html . '<p>' : $html;
		},
		$content,
		-1,
		$count,
		PREG_OFFSET_CAPTURE
	);
}
foreach ( newsroom_widgets_autop_filters() as $newsroom_widgets_filter ) {
	// After wpautop (10), shortcodes (11) and smilies (20).
	add_filter( $newsroom_widgets_filter, 'newsroom_widgets_restore_html', 30 );
}
unset( $newsroom_widgets_filter );
