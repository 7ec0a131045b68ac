<?php
/**
 * `php sitemap-urls.php posts post`: the addresses WordPress's own sitemap lists for a post type
 * (wp-sitemap-posts-post-1.xml), as JSON. Asked of its sitemap provider, not its XML renderer,
 * which needs PHP's SimpleXML extension the test machine may lack.
 */
require __DIR__ . '/bootstrap.php';
[ , $provider, $subtype ] = $argv;
$urls = wp_sitemaps_get_server()->registry->get_provider( $provider )->get_url_list( 1, $subtype );
echo json_encode( array_map( fn( $entry ) => $entry['loc'], $urls ) );
