<?php
/**
 * Installs WordPress in the empty test database and loads the seed through
 * WordPress's own functions: `php seed.php <seed.json>`. The JSON is the mock's
 * seed (test/wordpress/global-setup.ts writes it), so both sites hold the same
 * posts, ids, dates, terms, pictures and threaded comments.
 */
define( 'WP_INSTALLING', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';

$seed = json_decode( file_get_contents( $argv[1] ), true, 512, JSON_THROW_ON_ERROR );

function fail_on_error( $result, string $what ) {
	if ( is_wp_error( $result ) || ! $result ) {
		fwrite( STDERR, "seed: $what failed: " . ( is_wp_error( $result ) ? $result->get_error_message() : 'no id' ) . "\n" );
		exit( 1 );
	}
	return $result;
}

// No mail server here: the welcome mail to the new site's owner goes nowhere.
add_filter( 'pre_wp_mail', '__return_false' );

$editor = $seed['users'][0];
wp_install( 'EMAC News', $editor['slug'], 'editor@example.com', true, '', wp_generate_password( 24 ) );
wp_set_current_user( 1 );
wp_update_user( array( 'ID' => 1, 'display_name' => $editor['name'], 'user_nicename' => $editor['slug'], 'description' => $editor['description'] ) );
foreach ( array_slice( $seed['users'], 1 ) as $user ) {
	$id = fail_on_error( wp_insert_user( array( 'user_login' => $user['slug'], 'user_pass' => wp_generate_password( 24 ), 'user_email' => $user['slug'] . '@example.com', 'display_name' => $user['name'], 'user_nicename' => $user['slug'], 'description' => $user['description'], 'role' => 'author' ) ), 'user' );
	if ( $id !== $user['id'] ) {
		fail_on_error( false, "user {$user['slug']} got id $id" );
	}
}

// WordPress's own default theme, the page a plain WordPress shows its readers: `npm run bench` compares the
// reader with it. Installed with the site by install.sh (Debian's wordpress-theme-twentytwentythree).
if ( wp_get_theme( 'twentytwentythree' )->exists() ) {
	switch_theme( 'twentytwentythree' );
}
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'gmt_offset', $seed['settings']['gmtOffset'] );
update_option( 'timezone_string', '' );
update_option( 'comment_moderation', $seed['settings']['commentModeration'] ? 1 : 0 );
update_option( 'comment_previously_approved', $seed['settings']['commentPreviouslyApproved'] ? 1 : 0 );
update_option( 'require_name_email', 1 );
update_option( 'thread_comments', 1 );
update_option( 'close_comments_for_old_posts', 0 );
update_option( 'default_comment_status', 'open' );
update_option( 'uploads_use_yearmonth_folders', 0 );
update_option( 'upload_path', WP_CONTENT_DIR . '/uploads/emac-reader-test' );
update_option( 'upload_url_path', WP_HOME . '/wp-content/uploads/emac-reader-test' );
// Stock WordPress: readers who are not logged in cannot comment until a test switches the plugin on.
update_option( 'emac_reader_comments', 0 );
global $wp_rewrite;
$wp_rewrite->init();
$wp_rewrite->flush_rules( false );
wp_delete_post( 1, true ); // "Hello world!"
wp_delete_post( 2, true ); // "Sample Page"
wp_delete_comment( 1, true );

$term_ids = array( 'category' => array(), 'post_tag' => array() );
foreach ( array( 'category' => $seed['categories'], 'post_tag' => $seed['tags'] ) as $taxonomy => $terms ) {
	foreach ( $terms as $term ) {
		$parent = $term['parent'] ? $term_ids[ $taxonomy ][ $term['parent'] ] : 0;
		$made = fail_on_error( wp_insert_term( $term['name'], $taxonomy, array( 'slug' => $term['slug'], 'description' => $term['description'], 'parent' => $parent ) ), "term {$term['slug']}" );
		$term_ids[ $taxonomy ][ $term['id'] ] = $made['term_id'];
	}
}

$uploads = wp_upload_dir();
wp_mkdir_p( $uploads['path'] );
foreach ( $seed['media'] as $media ) {
	$file = $uploads['path'] . '/' . basename( $media['file'] );
	copy( $media['file'], $file );
	$id = fail_on_error( wp_insert_attachment( array( 'import_id' => $media['id'], 'post_mime_type' => $media['mime_type'], 'post_title' => $media['slug'], 'post_name' => $media['slug'], 'post_excerpt' => $media['caption'], 'post_status' => 'inherit', 'post_date' => $media['date'] ), $file ), "media {$media['slug']}" );
	update_post_meta( $id, '_wp_attachment_image_alt', $media['alt_text'] );
	wp_update_attachment_metadata( $id, wp_generate_attachment_metadata( $id, $file ) );
}
// Pictures inside post bodies name the mock's own sizes (/media/name-1024.jpg): they go to the uploads
// folder too, and the bodies point there, as WordPress's own editor would have written them.
$media_dir = dirname( $seed['media'][0]['file'] );
foreach ( glob( $media_dir . '/*.{jpg,wav}', GLOB_BRACE ) as $picture ) {
	$target = $uploads['path'] . '/' . basename( $picture );
	if ( ! file_exists( $target ) ) {
		copy( $picture, $target );
	}
}

foreach ( $seed['posts'] as $post ) {
	$id = fail_on_error( wp_insert_post( array(
		'import_id'      => $post['id'],
		'post_author'    => $post['author'],
		'post_date'      => str_replace( 'T', ' ', $post['date'] ),
		'post_date_gmt'  => str_replace( 'T', ' ', $post['date_gmt'] ),
		'post_name'      => $post['slug'],
		'post_title'     => $post['title'],
		'post_content'   => str_replace( '/media/', $uploads['url'] . '/', $post['content'] ),
		'post_excerpt'   => $post['excerpt'],
		'post_status'    => $post['status'],
		'post_password'  => $post['password'] ?? '',
		'comment_status' => $post['comment_status'],
		'ping_status'    => 'closed',
		'post_category'  => array_map( fn( $id ) => $term_ids['category'][ $id ], $post['categories'] ),
	), true ), "post {$post['slug']}" );
	if ( $id !== $post['id'] ) {
		fail_on_error( false, "post {$post['slug']} got id $id" );
	}
	wp_set_object_terms( $id, array_map( fn( $id ) => $term_ids['post_tag'][ $id ], $post['tags'] ), 'post_tag' );
	if ( $post['featured_media'] ) {
		set_post_thumbnail( $id, $post['featured_media'] );
	}
	if ( $post['sticky'] ) {
		stick_post( $id );
	}
}

$comment_ids = array();
foreach ( $seed['comments'] as $comment ) {
	$comment_ids[ $comment['id'] ] = fail_on_error( wp_insert_comment( array(
		'comment_post_ID'      => $comment['post'],
		'comment_parent'       => $comment['parent'] ? $comment_ids[ $comment['parent'] ] : 0,
		'comment_author'       => $comment['author_name'],
		'comment_author_email' => $comment['author_email'],
		'comment_author_url'   => '',
		'comment_date'         => str_replace( 'T', ' ', $comment['date'] ),
		'comment_date_gmt'     => str_replace( 'T', ' ', $comment['date_gmt'] ),
		'comment_content'      => $comment['content'],
		'comment_approved'     => $comment['status'] === 'approved' ? 1 : 0,
		'comment_type'         => 'comment',
	) ), "comment {$comment['id']}" );
}

require __DIR__ . '/seed-posts.php';
require __DIR__ . '/seed-pages.php';
require __DIR__ . '/seed-navigation.php';

echo 'Seeded ' . count( $seed['posts'] ) . ' posts, ' . count( $seed['media'] ) . ' pictures, ' . count( $seed['comments'] ) . " comments.\n";
