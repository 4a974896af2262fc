<?php
/**
 * Router for `php -S` serving Debian's WordPress: the document root is
 * /usr/share/wordpress, but /wp-content/ lives elsewhere (/var/lib/wordpress
 * on Debian; the test's own folder here, NW_WP_CONTENT_DIR), so its static
 * files are sent from there. Everything else that is not a file goes to
 * WordPress's index.php.
 */

$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );

if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$content = realpath( (string) getenv( 'NW_WP_CONTENT_DIR' ) );
	$file    = realpath( $content . substr( $path, strlen( '/wp-content' ) ) );
	$types   = array(
		'js'    => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json',
		'map'   => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'jpeg'  => 'image/jpeg',
		'gif'   => 'image/gif',
		'webp'  => 'image/webp',
		'woff'  => 'font/woff',
		'woff2' => 'font/woff2',
	);
	$ext = strtolower( pathinfo( $path, PATHINFO_EXTENSION ) );
	// Symlinked themes and plugins resolve outside the folder; only PHP stays unserved.
	if ( $content && $file && is_file( $file ) && isset( $types[ $ext ] ) ) {
		header( 'Content-Type: ' . $types[ $ext ] );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
	http_response_code( 404 );
	header( 'Content-Type: text/plain' );
	echo 'Not found';
	return true;
}

if ( '/' !== $path && is_file( $root . $path ) ) {
	return false;
}
if ( is_dir( $root . $path ) && is_file( rtrim( $root . $path, '/' ) . '/index.php' ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir( $root );
require $root . '/index.php';
