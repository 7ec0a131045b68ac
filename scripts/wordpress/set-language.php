<?php
/**
 * `php set-language.php de_DE` (or '' for English): the test site's language,
 * stored as Settings → General stores it once the language's pack is
 * installed. update_option() refuses a language without its pack, and this
 * offline test site has none; the front page's `<html lang>` needs only the
 * setting.
 */
require __DIR__ . '/bootstrap.php';
global $wpdb;
$wpdb->replace( $wpdb->options, [ 'option_name' => 'WPLANG', 'option_value' => $argv[1] ?? '', 'autoload' => 'yes' ] );
wp_cache_delete( 'alloptions', 'options' );
