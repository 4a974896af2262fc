<?php
/**
 * Installs the test site from PHP's CLI: wp_install(), the Twenty Twenty-One
 * theme, an Author, an application password for the Administrator and one
 * for the Author, and the plugin from its zip through WordPress's own
 * unzip_file() (installed, not yet activated). Prints one line of JSON.
 *
 * Environment: NW_ABSPATH (where WordPress is), NW_HOST (the host Debian's
 * wp-config.php picks the config file by), NW_PLUGIN_ZIP.
 */

$_SERVER['HTTP_HOST']   = getenv( 'NW_HOST' );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = getenv( 'NW_HOST' );
define( 'WP_INSTALLING', true );

require rtrim( (string) getenv( 'NW_ABSPATH' ), '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function nw_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

// No mail server here: the "new site" mail is not sent.
add_filter( 'pre_wp_mail', '__return_true' );

if ( is_blog_installed() ) {
	nw_fail( 'The database already holds a WordPress site.' );
}
$installed = wp_install( 'Newsroom Widgets test', 'editor-in-chief', 'editor@example.org', false, '', wp_generate_password( 24 ) );
if ( is_wp_error( $installed ) ) {
	nw_fail( $installed->get_error_message() );
}

switch_theme( 'twentytwentyone' );
if ( 'twentytwentyone' !== get_stylesheet() ) {
	nw_fail( 'Could not switch to Twenty Twenty-One.' );
}

$author_id = wp_insert_user(
	array(
		'user_login' => 'reporter',
		'user_pass'  => wp_generate_password( 24 ),
		'user_email' => 'reporter@example.org',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author_id ) ) {
	nw_fail( $author_id->get_error_message() );
}

if ( ! wp_is_application_passwords_available() ) {
	nw_fail( 'Application passwords are not available (WP_ENVIRONMENT_TYPE must be local over http).' );
}
$users = array();
foreach ( array( 'editor-in-chief' => 1, 'reporter' => $author_id ) as $login => $id ) {
	$created = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'newsroom-widgets CMS test' ) );
	if ( is_wp_error( $created ) ) {
		nw_fail( $created->get_error_message() );
	}
	$user             = get_userdata( $id );
	$users[ $login ] = array(
		'id'             => $id,
		'login'          => $login,
		'password'       => $created[0],
		'roles'          => $user->roles,
		'unfiltered_html' => user_can( $id, 'unfiltered_html' ),
	);
}

// The plugin, as a site owner installs it: from the zip.
if ( ! WP_Filesystem() ) {
	nw_fail( 'WP_Filesystem could not start.' );
}
$unzipped = unzip_file( getenv( 'NW_PLUGIN_ZIP' ), WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) {
	nw_fail( 'unzip_file: ' . $unzipped->get_error_message() );
}
$plugins = get_plugins();
if ( ! isset( $plugins['newsroom-widgets/newsroom-widgets.php'] ) ) {
	nw_fail( 'The plugin is not in the plugins folder after unzipping.' );
}

echo wp_json_encode(
	array(
		'wordpress' => get_bloginfo( 'version' ),
		'php'       => PHP_VERSION,
		'theme'     => get_stylesheet(),
		'plugin'    => $plugins['newsroom-widgets/newsroom-widgets.php']['Version'],
		'users'     => $users,
	)
) . "\n";
