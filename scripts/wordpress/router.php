<?php
/**
 * Router for `php -S` in front of Debian's WordPress (/usr/share/wordpress).
 * Files that exist are served as they are; uploads live in /var/lib/wordpress;
 * everything else goes to index.php, so pretty permalinks and /wp-json/ work.
 */
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );

if ( str_starts_with( $path, '/wp-content/' ) && ! str_contains( $path, '..' ) ) {
	$file = '/var/lib/wordpress' . $path;
	if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
		$types = array( 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'webp' => 'image/webp', 'gif' => 'image/gif', 'css' => 'text/css', 'js' => 'text/javascript' );
		$extension = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( $types[ $extension ] ?? 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
}

if ( $path !== '/' && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
