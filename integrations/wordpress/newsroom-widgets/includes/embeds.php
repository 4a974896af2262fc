<?php
/**
 * Social posts without the platforms: a pasted X, Bluesky or Mastodon
 * address becomes <nw-tweet-embed>, which shows the post from its embed code
 * with no request to the platform when a reader opens the page.
 *
 * WordPress turns a post address on its own line (or a core/embed block) into
 * the platform's oEmbed answer, caches it in post meta, and passes every
 * cached or fresh answer through `embed_oembed_html`. There the platform's
 * script (X's widgets.js and the like, which would fetch the post, its frame
 * and trackers) is dropped, and the embed blockquote, cleaned to text and
 * links, goes into <nw-tweet-embed>. The cache keeps the platform's answer,
 * so turning the plugin off brings the official embeds back.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A pattern for the post addresses the widget shows: X/Twitter statuses,
 * Bluesky posts, and Mastodon's /@user/ID on any host.
 *
 * @return string
 */
function newsroom_widgets_post_url_pattern() {
	return '#https?://(?:(?:www\.|mobile\.)?(?:twitter|x)\.com/\w{1,15}/status(?:es)?/\d+'
		. '|bsky\.app/profile/[^/\s"\'<>]+/post/\w+'
		. '|[a-z0-9][a-z0-9.-]*\.[a-z]{2,}/@[\w.@-]+/\d+)#i';
}

/**
 * The platform of a post address.
 *
 * @param string $url A post address.
 * @return string 'x', 'bluesky', 'mastodon' or ''.
 */
function newsroom_widgets_platform_of_url( $url ) {
	$parts = wp_parse_url( (string) $url );
	if ( empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	$host = preg_replace( '/^(?:www|mobile)\./', '', strtolower( $parts['host'] ) );
	$path = isset( $parts['path'] ) ? $parts['path'] : '';
	if ( in_array( $host, array( 'twitter.com', 'x.com' ), true ) ) {
		return preg_match( '#^/\w{1,15}/status(?:es)?/\d+#', $path ) ? 'x' : '';
	}
	if ( 'bsky.app' === $host ) {
		return preg_match( '#^/profile/[^/]+/post/\w+#', $path ) ? 'bluesky' : '';
	}
	return preg_match( '#^/@[^/]+/\d+/?(?:embed/?)?$#', $path ) ? 'mastodon' : '';
}

/**
 * The platform whose official embed blockquote is in `$html`.
 *
 * @param string $html oEmbed HTML.
 * @return string 'x', 'bluesky', 'mastodon' or ''.
 */
function newsroom_widgets_platform_of_embed( $html ) {
	$classes = array(
		'x'        => 'twitter-tweet',
		'bluesky'  => 'bluesky-embed',
		'mastodon' => 'mastodon-embed',
	);
	foreach ( $classes as $platform => $class ) {
		if ( preg_match( '#<blockquote\b[^>]*\bclass=(["\'])(?:[^"\']*\s)?' . $class . '(?:\s[^"\']*)?\1#i', $html ) ) {
			return $platform;
		}
	}
	return '';
}

/** Whether pasted posts become private ones (the `newsroom_widgets_private_embeds` filter, default true). */
function newsroom_widgets_private_embeds() {
	/**
	 * Filters whether X, Bluesky and Mastodon embeds become private posts
	 * (<nw-tweet-embed>) and their platform scripts are dropped.
	 *
	 * @param bool $private Default true.
	 */
	return (bool) apply_filters( 'newsroom_widgets_private_embeds', true );
}

/** What the embed blockquote may keep: its text, links, and the attributes the widget reads. */
function newsroom_widgets_embed_allowed_html() {
	return array(
		'blockquote' => array(
			'class'  => true,
			'cite'   => true,
			'lang'   => true,
			'dir'    => true,
			'data-*' => true,
		),
		'p'          => array(
			'lang' => true,
			'dir'  => true,
		),
		'a'          => array( 'href' => true ),
		'br'         => array(),
		'div'        => array(),
		'span'       => array(),
	);
}

/**
 * A Mastodon post as Mastodon's own embed code writes it, from its address
 * alone: Mastodon's oEmbed answer carries no text, and an instance that
 * WordPress discovers is not trusted with markup.
 *
 * @param string $url A Mastodon post address.
 * @return string
 */
function newsroom_widgets_mastodon_blockquote( $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['host'] ) || ! preg_match( '#^/@([^/]+)/(\d+)#', isset( $parts['path'] ) ? $parts['path'] : '', $match ) ) {
		return '';
	}
	$post   = 'https://' . $parts['host'] . '/@' . $match[1] . '/' . $match[2];
	$handle = false !== strpos( $match[1], '@' ) ? $match[1] : $match[1] . '@' . $parts['host'];
	return sprintf(
		'<blockquote class="mastodon-embed" data-embed-url="%1$s"><a href="%2$s">%3$s</a></blockquote>',
		esc_url( $post . '/embed' ),
		esc_url( $post ),
		/* translators: %s: a Mastodon handle, user@instance */
		esc_html( sprintf( __( 'Post by @%s', 'newsroom-widgets' ), $handle ) )
	);
}

/**
 * The private post for an oEmbed answer: the platform's blockquote without
 * scripts, frames or styles, inside <nw-tweet-embed>.
 *
 * @param string $html The oEmbed HTML.
 * @param string $url  The post address the author pasted.
 * @return string '' when this is not a post the widget shows.
 */
function newsroom_widgets_private_post( $html, $url ) {
	$platform = newsroom_widgets_platform_of_embed( $html );
	if ( '' === $platform ) {
		$platform = newsroom_widgets_platform_of_url( $url );
	}
	if ( '' === $platform ) {
		return '';
	}
	$html = preg_replace( '#<script\b[^>]*>.*?</script\s*>#is', '', $html );
	if ( preg_match( '#<blockquote\b.*</blockquote\s*>#is', $html, $match ) ) {
		$quote = wp_kses( $match[0], newsroom_widgets_embed_allowed_html() );
	} elseif ( 'mastodon' === $platform ) {
		// Older instances answer with a frame only.
		$quote = newsroom_widgets_mastodon_blockquote( $url );
	} else {
		return '';
	}
	if ( '' === trim( wp_strip_all_tags( $quote ) ) ) {
		return '';
	}
	$attributes = '';
	if ( 'mastodon' === $platform ) {
		$attributes = sprintf( ' url="%s" platform="mastodon"', esc_url( $url ) );
	}
	return '<nw-tweet-embed' . $attributes . '>' . $quote . '</nw-tweet-embed>';
}

/**
 * `embed_oembed_html`: X, Bluesky and Mastodon answers become private posts.
 *
 * @param string|false $html    The oEmbed HTML (cached or fresh).
 * @param string       $url     The post address.
 * @return string|false
 */
function newsroom_widgets_filter_oembed_html( $html, $url ) {
	if ( ! is_string( $html ) || '' === $html || ! newsroom_widgets_private_embeds() ) {
		return $html;
	}
	$post = newsroom_widgets_private_post( $html, $url );
	if ( '' === $post ) {
		return $html;
	}
	newsroom_widgets_request_library();
	return newsroom_widgets_defer_html( $post );
}
add_filter( 'embed_oembed_html', 'newsroom_widgets_filter_oembed_html', 20, 2 );

/**
 * Mastodon instances are found by discovery, whose answers WordPress keeps
 * only when they hold a frame; Mastodon 4.3 and later answer with a
 * blockquote and a script. Such an answer is replaced by the blockquote
 * Mastodon's embed code has, built from the address.
 *
 * @param string|false $result The HTML WordPress made of the answer.
 * @param object       $data   The oEmbed answer.
 * @param string       $url    The post address.
 * @return string|false
 */
function newsroom_widgets_mastodon_oembed( $result, $data, $url ) {
	if ( 'mastodon' !== newsroom_widgets_platform_of_url( $url ) || ! newsroom_widgets_private_embeds() ) {
		return $result;
	}
	if ( ! is_object( $data ) || empty( $data->html ) || ! is_string( $data->html ) || false === strpos( $data->html, 'mastodon-embed' ) ) {
		return $result;
	}
	$quote = newsroom_widgets_mastodon_blockquote( $url );
	return '' === $quote ? $result : $quote;
}
add_filter( 'oembed_dataparse', 'newsroom_widgets_mastodon_oembed', 11, 3 );

/**
 * WordPress 6.1 knows twitter.com addresses only: x.com (and Bluesky) go to
 * the same answers, unless this WordPress knows them already.
 */
function newsroom_widgets_add_oembed_providers() {
	if ( ! function_exists( '_wp_oembed_get_object' ) ) {
		return;
	}
	$oembed    = _wp_oembed_get_object();
	$providers = array(
		'#https?://(www\.)?x\.com/\w{1,15}/status(es)?/.*#i' => array( 'https://publish.twitter.com/oembed', 'https://x.com/NATO/status/1481637470556450818' ),
		'#https?://bsky\.app/profile/[^/]+/post/.*#i'       => array( 'https://embed.bsky.app/oembed', 'https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l' ),
	);
	foreach ( $providers as $pattern => $provider ) {
		if ( false === $oembed->get_provider( $provider[1], array( 'discover' => false ) ) ) {
			wp_oembed_add_provider( $pattern, $provider[0], true );
		}
	}
}
add_action( 'init', 'newsroom_widgets_add_oembed_providers' );

/**
 * Official embed code pasted into posts (by Editors and Administrators, and
 * all over older archives) becomes a private post on the server: the
 * blockquote goes into <nw-tweet-embed>, the platform script next to it is
 * dropped. This runs before wpautop, which would otherwise wrap the
 * blockquote's "— Name (@handle) date" line in a paragraph of its own.
 * Embed code already inside <nw-tweet-embed> is left as it is.
 *
 * @param string $content Content being filtered.
 * @return string
 */
function newsroom_widgets_wrap_pasted_embeds( $content ) {
	if ( ! is_string( $content ) || ! preg_match( '/\b(?:twitter-tweet|bluesky-embed|mastodon-embed)\b/', $content ) || ! newsroom_widgets_private_embeds() ) {
		return $content;
	}
	$pattern = '#(<nw-tweet-embed\b.*?</nw-tweet-embed\s*>)'
		. '|<blockquote\b[^>]*\bclass=(["\'])(?:[^"\']*\s)?(?:twitter-tweet|bluesky-embed|mastodon-embed)(?:\s[^"\']*)?\2[^>]*>.*?</blockquote\s*>'
		. '(?:\s*<script\b[^>]*>\s*</script\s*>)?#is';
	return preg_replace_callback(
		$pattern,
		function ( $match ) {
			if ( ! empty( $match[1] ) ) {
				return $match[0];
			}
			$quote = trim( preg_replace( '#<script\b[^>]*>.*?</script\s*>#is', '', $match[0] ) );
			newsroom_widgets_request_library();
			return newsroom_widgets_defer_html( '<nw-tweet-embed>' . $quote . '</nw-tweet-embed>' );
		},
		$content
	);
}
foreach ( newsroom_widgets_autop_filters() as $newsroom_widgets_filter ) {
	add_filter( $newsroom_widgets_filter, 'newsroom_widgets_wrap_pasted_embeds', 7 );
}
unset( $newsroom_widgets_filter );

/**
 * A platform's script pasted elsewhere in a post (inside <nw-tweet-embed>, or
 * apart from its blockquote) is dropped too: the widgets never need it.
 *
 * @param string $content Filtered content.
 * @return string
 */
function newsroom_widgets_drop_platform_scripts( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<script' ) || ! newsroom_widgets_private_embeds() ) {
		return $content;
	}
	$patterns = array(
		'#<script\b[^>]*\bsrc=(["\']?)(?:https?:)?//(?:platform\.(?:twitter|x)\.com/widgets\.js|embed\.bsky\.app/static/embed\.js)[^>]*>\s*</script\s*>\s*#i',
		'#<script\b(?=[^>]*\bdata-allowed-prefixes\b)[^>]*\bsrc=(["\']?)[^"\'\s>]*/embed\.js[^>]*>\s*</script\s*>\s*#i',
	);
	return preg_replace( $patterns, '', $content );
}
add_filter( 'the_content', 'newsroom_widgets_drop_platform_scripts', 30 );
add_filter( 'widget_text_content', 'newsroom_widgets_drop_platform_scripts', 30 );
add_filter( 'widget_block_content', 'newsroom_widgets_drop_platform_scripts', 30 );
