<?php
/**
 * Shortcodes: the widgets for Authors and Contributors, whose widget tags
 * WordPress's HTML filter would otherwise reduce to text (see kses.php).
 * A shortcode is plain text, so it survives that filter; on output it
 * becomes the widget's own HTML, built here with every value escaped:
 * the content lives in the page (a blockquote, a table, a list), readable
 * without JavaScript, in feeds and by search engines.
 *
 *   [nw_quote speaker="…" speaker_role="…" date="2022-01-12" source="…" cite="https://…"]The quote.[/nw_quote]
 *   [nw_post url="https://x.com/…/status/…" author="…" handle="…" date="2022-01-13"]The post's text.[/nw_post]
 *   [nw_demands heading="…" demand_by="…" response_by="…"]Demand | Response | Status | Note (one row a line)[/nw_demands]
 *   [nw_facts heading="…" updated="2022-01-13" source="…" source_url="https://…"]Label | Value | Note (one fact a line)[/nw_facts]
 *
 * Attribute names are the widgets' own, with `_` or `-` (speaker_role or
 * speaker-role). Every shortcode also takes theme, lang, dir, class and id.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's shortcodes. */
function newsroom_widgets_shortcode_tags() {
	return array( 'nw_quote', 'nw_post', 'nw_demands', 'nw_facts' );
}

/** Registers the shortcodes. */
function newsroom_widgets_register_shortcodes() {
	add_shortcode( 'nw_quote', 'newsroom_widgets_quote_shortcode' );
	add_shortcode( 'nw_post', 'newsroom_widgets_post_shortcode' );
	add_shortcode( 'nw_demands', 'newsroom_widgets_demands_shortcode' );
	add_shortcode( 'nw_facts', 'newsroom_widgets_facts_shortcode' );
}
add_action( 'init', 'newsroom_widgets_register_shortcodes' );

/**
 * The plugin's shortcodes run before WordPress's own content filters: before
 * autoembed (8), which would turn an address on a line of its own inside a
 * post's text into an embed (and fetch it), and before wptexturize and wpautop
 * (10). What they make waits as a marker (markers.php). Shortcodes that
 * appear only later (in a reusable block) still run at 11, as usual.
 *
 * @param string $content Content being filtered.
 * @return string
 */
function newsroom_widgets_early_shortcodes( $content ) {
	global $shortcode_tags;
	if ( ! is_string( $content ) || false === strpos( $content, '[nw_' ) ) {
		return $content;
	}
	$all            = $shortcode_tags;
	$shortcode_tags = array_intersect_key( $all, array_flip( newsroom_widgets_shortcode_tags() ) );
	try {
		$content = do_shortcode( $content );
	} finally {
		$shortcode_tags = $all;
	}
	return $content;
}
foreach ( newsroom_widgets_autop_filters() as $newsroom_widgets_filter ) {
	add_filter( $newsroom_widgets_filter, 'newsroom_widgets_early_shortcodes', 7 );
}
unset( $newsroom_widgets_filter );

/**
 * Quotes and posts are shown verbatim: no curly quotes, dashes or
 * multiplication signs from wptexturize inside the shortcodes.
 *
 * @param string[] $shortcodes Shortcodes whose content wptexturize skips.
 * @return string[]
 */
function newsroom_widgets_no_texturize( $shortcodes ) {
	return array_merge( (array) $shortcodes, newsroom_widgets_shortcode_tags() );
}
add_filter( 'no_texturize_shortcodes', 'newsroom_widgets_no_texturize' );

/**
 * A shortcode attribute by the widget's attribute name, written with `-` or `_`.
 *
 * @param mixed  $atts The shortcode's attributes.
 * @param string $name The widget's attribute name.
 * @return string The value, entities decoded ('' when absent).
 */
function newsroom_widgets_att( $atts, $name ) {
	if ( ! is_array( $atts ) ) {
		return '';
	}
	foreach ( array( $name, str_replace( '-', '_', $name ) ) as $key ) {
		if ( isset( $atts[ $key ] ) && is_scalar( $atts[ $key ] ) ) {
			return trim( html_entity_decode( (string) $atts[ $key ], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		}
	}
	return '';
}

/**
 * Whether a yes/no attribute is on: written bare (`[nw_post allow_original]`)
 * or with a value other than no, false, 0 or off.
 *
 * @param mixed  $atts The shortcode's attributes.
 * @param string $name The widget's attribute name.
 * @return bool
 */
function newsroom_widgets_flag( $atts, $name ) {
	if ( ! is_array( $atts ) ) {
		return false;
	}
	$names = array( $name, str_replace( '-', '_', $name ) );
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && in_array( strtolower( (string) $value ), $names, true ) ) {
			return true;
		}
	}
	$value = strtolower( newsroom_widgets_att( $atts, $name ) );
	$given = isset( $atts[ $names[0] ] ) || isset( $atts[ $names[1] ] );
	return $given && ! in_array( $value, array( 'no', 'false', '0', 'off' ), true );
}

/**
 * An address the widgets accept: http(s), or a relative one.
 *
 * @param string $value As written.
 * @return string '' when it is not one.
 */
function newsroom_widgets_url( $value ) {
	return '' === $value ? '' : esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * Attributes as HTML: names as given, values escaped; empty ones left out,
 * `true` written bare.
 *
 * @param array<string, string|bool> $attributes Name => value.
 * @return string
 */
function newsroom_widgets_attributes_html( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
		}
	}
	return $html;
}

/**
 * The attributes every shortcode passes on to its widget.
 *
 * @param mixed $atts The shortcode's attributes.
 * @param bool  $language Whether lang and dir belong to the widget.
 * @return array<string, string>
 */
function newsroom_widgets_common_attributes( $atts, $language = true ) {
	$attributes = array(
		'class' => newsroom_widgets_att( $atts, 'class' ),
		'id'    => newsroom_widgets_att( $atts, 'id' ),
		'theme' => newsroom_widgets_att( $atts, 'theme' ),
	);
	if ( $language ) {
		$attributes['lang'] = newsroom_widgets_att( $atts, 'lang' );
		$attributes['dir']  = newsroom_widgets_att( $atts, 'dir' );
	}
	return $attributes;
}

/**
 * A shortcode's content as plain text, one line per line the author wrote.
 * In classic content and Shortcode blocks, wpautop has already turned lines
 * into <br /> and blank lines into paragraphs; that is undone here.
 *
 * @param string|null $content The enclosed content.
 * @return string
 */
function newsroom_widgets_content_text( $content ) {
	$text = str_replace( array( "\r\n", "\r" ), "\n", (string) $content );
	$text = preg_replace( '#<br\s*/?>\n?#i', "\n", $text );
	$text = preg_replace( '#</p>\s*<p(?:\s[^>]*)?>#i', "\n\n", $text );
	$text = preg_replace( '#</?p(?:\s[^>]*)?>#i', "\n", $text );
	$text = wp_strip_all_tags( $text );
	return trim( html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/**
 * Paragraphs (separated by blank lines), each a list of lines.
 *
 * @param string $text Plain text.
 * @return string[][]
 */
function newsroom_widgets_paragraphs( $text ) {
	$paragraphs = array();
	foreach ( preg_split( "/\n[ \t]*\n/", $text ) as $block ) {
		$lines = array_values( array_filter( array_map( 'trim', explode( "\n", $block ) ), 'strlen' ) );
		if ( $lines ) {
			$paragraphs[] = $lines;
		}
	}
	return $paragraphs;
}

/**
 * Rows of cells: one row a line, cells separated by `|` or a tab (as copied
 * from a spreadsheet).
 *
 * @param string $text Plain text.
 * @return string[][]
 */
function newsroom_widgets_rows( $text ) {
	$rows = array();
	foreach ( explode( "\n", $text ) as $line ) {
		if ( '' === trim( $line ) ) {
			continue;
		}
		$cells = array_map( 'trim', preg_split( '/\||\t/', $line ) );
		while ( count( $cells ) > 1 && '' === end( $cells ) ) {
			array_pop( $cells );
		}
		$rows[] = $cells;
	}
	return $rows;
}

/**
 * An ISO 8601 date as the site writes dates, for readers without JavaScript.
 *
 * @param string $iso A date (YYYY-MM-DD, optionally with a time).
 * @return string '' when it is not one.
 */
function newsroom_widgets_date_text( $iso ) {
	if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}/', $iso ) ) {
		return '';
	}
	$text = mysql2date( get_option( 'date_format' ), substr( $iso, 0, 10 ) );
	return is_string( $text ) ? $text : '';
}

/**
 * The sources line under a table or a fact box: a link and the date of the
 * last update, which the widgets read as their sources and "updated".
 *
 * @param mixed $atts The shortcode's attributes.
 * @return string HTML, or ''.
 */
function newsroom_widgets_sources_html( $atts ) {
	$label   = newsroom_widgets_att( $atts, 'source' );
	$url     = newsroom_widgets_url( newsroom_widgets_att( $atts, 'source-url' ) );
	$updated = newsroom_widgets_att( $atts, 'updated' );
	$parts   = array();
	if ( '' !== $url ) {
		$link = sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html( '' !== $label ? $label : $url ) );
		/* translators: %s: the linked name of a source */
		$parts[] = sprintf( esc_html__( 'Source: %s', 'newsroom-widgets' ), $link );
	} elseif ( '' !== $label ) {
		/* translators: %s: the name of a source */
		$parts[] = esc_html( sprintf( __( 'Source: %s', 'newsroom-widgets' ), $label ) );
	}
	$date = newsroom_widgets_date_text( $updated );
	if ( '' !== $date ) {
		$time = sprintf( '<time datetime="%s">%s</time>', esc_attr( $updated ), esc_html( $date ) );
		/* translators: %s: a date */
		$parts[] = sprintf( esc_html__( 'Updated %s', 'newsroom-widgets' ), $time );
	}
	return $parts ? '<p>' . implode( ' · ', $parts ) . '</p>' : '';
}

/**
 * Hands widget HTML to the page: asks for the library, and keeps the HTML
 * away from wpautop (markers.php).
 *
 * @param string $html Widget HTML.
 * @return string
 */
function newsroom_widgets_output( $html ) {
	newsroom_widgets_request_library();
	return newsroom_widgets_defer_html( $html );
}

/**
 * [nw_quote]: a quote card. Content: the quote; a blank line starts a new paragraph.
 *
 * @param mixed       $atts    Attributes: speaker, speaker-role, date, cite, source, avatar, variant.
 * @param string|null $content The quote.
 * @return string
 */
function newsroom_widgets_quote_shortcode( $atts, $content = null ) {
	$paragraphs = newsroom_widgets_paragraphs( newsroom_widgets_content_text( $content ) );
	if ( ! $paragraphs ) {
		return '';
	}
	$cite       = newsroom_widgets_url( newsroom_widgets_att( $atts, 'cite' ) );
	$attributes = array(
		'speaker'      => newsroom_widgets_att( $atts, 'speaker' ),
		'speaker-role' => newsroom_widgets_att( $atts, 'speaker-role' ),
		'date'         => newsroom_widgets_att( $atts, 'date' ),
		'cite'         => $cite,
		'source'       => newsroom_widgets_att( $atts, 'source' ),
		'avatar'       => newsroom_widgets_url( newsroom_widgets_att( $atts, 'avatar' ) ),
		'variant'      => newsroom_widgets_att( $atts, 'variant' ),
	) + newsroom_widgets_common_attributes( $atts );
	$quote = '';
	foreach ( $paragraphs as $lines ) {
		$quote .= '<p>' . implode( '<br>', array_map( 'esc_html', $lines ) ) . '</p>';
	}
	$cite_attribute = '' !== $cite ? sprintf( ' cite="%s"', esc_url( $cite ) ) : '';
	return newsroom_widgets_output(
		'<nw-quote-card' . newsroom_widgets_attributes_html( $attributes ) . '><blockquote' . $cite_attribute . '>' . $quote . '</blockquote></nw-quote-card>'
	);
}

/**
 * [nw_post]: a social post written out (for a post that cannot be embedded
 * from its address). Content: the post's text; lang and dir are the text's.
 *
 * @param mixed       $atts    Attributes: url, author, handle, date, avatar, platform, allow-original.
 * @param string|null $content The post's text.
 * @return string
 */
function newsroom_widgets_post_shortcode( $atts, $content = null ) {
	$paragraphs = newsroom_widgets_paragraphs( newsroom_widgets_content_text( $content ) );
	$url        = newsroom_widgets_url( newsroom_widgets_att( $atts, 'url' ) );
	$author     = newsroom_widgets_att( $atts, 'author' );
	$handle     = ltrim( newsroom_widgets_att( $atts, 'handle' ), '@' );
	$date       = newsroom_widgets_att( $atts, 'date' );
	if ( ! $paragraphs && '' === $url ) {
		return '';
	}
	$attributes = array(
		'url'            => $url,
		'author'         => $author,
		'handle'         => $handle,
		'date'           => $date,
		'avatar'         => newsroom_widgets_url( newsroom_widgets_att( $atts, 'avatar' ) ),
		'platform'       => newsroom_widgets_att( $atts, 'platform' ),
		'allow-original' => newsroom_widgets_flag( $atts, 'allow-original' ),
	) + newsroom_widgets_common_attributes( $atts, false );
	$text_attributes = newsroom_widgets_attributes_html(
		array(
			'lang' => newsroom_widgets_att( $atts, 'lang' ),
			'dir'  => newsroom_widgets_att( $atts, 'dir' ),
		)
	);
	$text = '';
	foreach ( $paragraphs as $lines ) {
		$lines = array_map(
			function ( $line ) {
				return make_clickable( esc_html( $line ) );
			},
			$lines
		);
		$text .= '<p' . $text_attributes . '>' . implode( '<br>', $lines ) . '</p>';
	}
	// "— Name (@handle) <a href=post>date</a>", as the platforms' embed code ends.
	$line = '';
	if ( '' !== $author || '' !== $handle ) {
		$who  = trim( esc_html( $author ) . ( '' !== $handle ? ' (@' . esc_html( $handle ) . ')' : '' ) );
		$line = '&mdash; ' . $who . ' ';
	}
	if ( '' !== $url ) {
		$date_text = newsroom_widgets_date_text( $date );
		$link_text = '' !== $date_text ? $date_text : preg_replace( '#^https?://#i', '', $url );
		$line     .= sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html( $link_text ) );
	}
	return newsroom_widgets_output(
		'<nw-tweet-embed' . newsroom_widgets_attributes_html( $attributes ) . '><blockquote>' . $text . $line . '</blockquote></nw-tweet-embed>'
	);
}

/**
 * [nw_demands]: a demand table. Content: one row a line,
 * `Demand | Response | Status | Note` (status and note optional).
 *
 * @param mixed       $atts    Attributes: heading, demand-by, response-by, updated, source, source-url.
 * @param string|null $content The rows.
 * @return string
 */
function newsroom_widgets_demands_shortcode( $atts, $content = null ) {
	$rows = newsroom_widgets_rows( newsroom_widgets_content_text( $content ) );
	if ( ! $rows ) {
		return '';
	}
	$demand_by   = newsroom_widgets_att( $atts, 'demand-by' );
	$response_by = newsroom_widgets_att( $atts, 'response-by' );
	$heading     = newsroom_widgets_att( $atts, 'heading' );
	$with_status = false;
	$with_note   = false;
	foreach ( $rows as $cells ) {
		$with_status = $with_status || ( isset( $cells[2] ) && '' !== $cells[2] );
		$with_note   = $with_note || ( isset( $cells[3] ) && '' !== $cells[3] );
	}
	$header = array(
		'' !== $demand_by ? $demand_by : __( 'Demand', 'newsroom-widgets' ),
		'' !== $response_by ? $response_by : __( 'Response', 'newsroom-widgets' ),
	);
	if ( $with_status || $with_note ) {
		$header[] = __( 'Status', 'newsroom-widgets' );
	}
	if ( $with_note ) {
		$header[] = __( 'Note', 'newsroom-widgets' );
	}
	$table = '<table>';
	if ( '' !== $heading ) {
		$table .= '<caption>' . esc_html( $heading ) . '</caption>';
	}
	$table .= '<thead><tr>';
	foreach ( $header as $cell ) {
		$table .= '<th scope="col">' . esc_html( $cell ) . '</th>';
	}
	$table .= '</tr></thead><tbody>';
	$statuses = array( 'rejected', 'accepted', 'partial', 'open', 'pending', 'unknown' );
	foreach ( $rows as $cells ) {
		$status = isset( $cells[2] ) ? $cells[2] : '';
		$key    = strtolower( $status );
		$table .= in_array( $key, $statuses, true ) ? sprintf( '<tr data-status="%s">', esc_attr( $key ) ) : '<tr>';
		for ( $i = 0; $i < count( $header ); $i++ ) {
			$table .= '<td>' . esc_html( isset( $cells[ $i ] ) ? $cells[ $i ] : '' ) . '</td>';
		}
		$table .= '</tr>';
	}
	$table     .= '</tbody></table>';
	$attributes = array(
		'demand-by'   => $demand_by,
		'response-by' => $response_by,
	) + newsroom_widgets_common_attributes( $atts );
	return newsroom_widgets_output(
		'<nw-demand-table' . newsroom_widgets_attributes_html( $attributes ) . '>' . $table . newsroom_widgets_sources_html( $atts ) . '</nw-demand-table>'
	);
}

/**
 * Whether a cell reads as a figure ("30", "14,000+", "2014", "45%", "€1.2bn").
 *
 * @param string $text A cell.
 * @return bool
 */
function newsroom_widgets_is_figure( $text ) {
	return (bool) preg_match( '/^[~≈<>+\-−–]?\s*[$€£¥]?\s*\d[\d\s.,\x{202F}\x{00A0}]*\s*(?:%|\+|[a-z]{1,3}\b)?$/iu', $text );
}

/**
 * [nw_facts]: a fact box. Content: one fact a line, `Label | Value | Note`;
 * a line without `|` is a fact in words. (A figure written first,
 * `30 | NATO allies`, is understood too.)
 *
 * @param mixed       $atts    Attributes: heading, updated, max-visible, variant, source, source-url.
 * @param string|null $content The facts.
 * @return string
 */
function newsroom_widgets_facts_shortcode( $atts, $content = null ) {
	$rows = newsroom_widgets_rows( newsroom_widgets_content_text( $content ) );
	if ( ! $rows ) {
		return '';
	}
	$list = '<dl>';
	foreach ( $rows as $cells ) {
		if ( 2 <= count( $cells ) && newsroom_widgets_is_figure( $cells[0] ) && ! newsroom_widgets_is_figure( $cells[1] ) ) {
			list( $cells[0], $cells[1] ) = array( $cells[1], $cells[0] );
		}
		$list .= '<dt>' . esc_html( $cells[0] ) . '</dt>';
		foreach ( array_slice( $cells, 1, 2 ) as $cell ) {
			if ( '' !== $cell ) {
				$list .= '<dd>' . esc_html( $cell ) . '</dd>';
			}
		}
	}
	$list   .= '</dl>';
	$heading = newsroom_widgets_att( $atts, 'heading' );
	$html    = '' !== $heading ? '<h2>' . esc_html( $heading ) . '</h2>' : '';
	$attributes = array(
		'max-visible' => newsroom_widgets_att( $atts, 'max-visible' ),
		'variant'     => newsroom_widgets_att( $atts, 'variant' ),
	) + newsroom_widgets_common_attributes( $atts );
	return newsroom_widgets_output(
		'<nw-fact-box' . newsroom_widgets_attributes_html( $attributes ) . '>' . $html . $list . newsroom_widgets_sources_html( $atts ) . '</nw-fact-box>'
	);
}
