<?php
/** `php set-option.php <name> <value>`: switches the test site's behaviour, e.g. emac_reader_comments 1. */
require __DIR__ . '/bootstrap.php';
[ , $name, $value ] = $argv;
update_option( $name, $value );
