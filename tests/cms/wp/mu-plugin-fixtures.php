<?php
/**
 * Plugin Name: Newsroom Widgets CMS test fixtures
 * Description: Installed by tests/cms only. The machine has no internet: every
 * HTTP request WordPress makes is answered here, from tests/cms/fixtures/
 * (the oEmbed answers of X, Bluesky and a Mastodon instance, and the
 * instance's post page for oEmbed discovery), or refused. Each request is
 * logged for the test to read.
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'pre_http_request',
	function ( $pre, $args, $url ) {
		static $fixtures = null;
		if ( null === $fixtures ) {
			$fixtures = json_decode( (string) file_get_contents( NW_TEST_FIXTURES ), true );
		}
		$answer = null;
		$parts  = wp_parse_url( $url );
		$query  = array();
		if ( isset( $parts['query'] ) ) {
			parse_str( $parts['query'], $query );
		}
		$path = isset( $parts['path'] ) ? $parts['path'] : '';
		if ( preg_match( '#/oembed$#', $path ) && isset( $query['url'] ) ) {
			$endpoint = $parts['scheme'] . '://' . $parts['host'] . $path;
			$key      = $endpoint . ' ' . untrailingslashit( $query['url'] );
			if ( isset( $fixtures['oembed'][ $key ] ) ) {
				$answer = array( 'application/json; charset=utf-8', wp_json_encode( $fixtures['oembed'][ $key ] ) );
			}
		} elseif ( isset( $fixtures['pages'][ untrailingslashit( $url ) ] ) ) {
			$answer = array( 'text/html; charset=utf-8', $fixtures['pages'][ untrailingslashit( $url ) ] );
		}
		file_put_contents( NW_TEST_HTTP_LOG, wp_json_encode( array( 'url' => $url, 'answered' => null !== $answer ) ) . "\n", FILE_APPEND );
		if ( null === $answer ) {
			return new WP_Error( 'http_request_failed', 'No internet in the CMS test: ' . $url );
		}
		return array(
			'headers'  => array( 'content-type' => $answer[0] ),
			'body'     => $answer[1],
			'response' => array(
				'code'    => 200,
				'message' => 'OK',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);
