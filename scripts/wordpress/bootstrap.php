<?php
/**
 * Loads Debian's WordPress from the command line for the test site: the host
 * picks /etc/wordpress/config-<host>.php, as a request's Host header would.
 */
$_SERVER['HTTP_HOST'] = getenv( 'WORDPRESS_HOST' ) ?: '127.0.0.1';
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $_SERVER['HTTP_HOST'] );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require '/usr/share/wordpress/wp-load.php';
