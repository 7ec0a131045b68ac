<?php
/**
 * The site's pages and its classic menu, from the mock's seed (src/mocks/seed/site-pages.ts),
 * and a user whose Application Password the build reads the menu with. Required by seed.php
 * once the posts are in; writes the password to build-credentials.json beside the seed file,
 * where the suites (test/wordpress) read it.
 */

// The draft privacy policy wp_install makes would take the seed's page's slug.
wp_delete_post( (int) get_option( 'wp_page_for_privacy_policy' ), true );
update_option( 'wp_page_for_privacy_policy', 0 );

foreach ( $seed['pages'] as $page ) {
	$id = fail_on_error( wp_insert_post( array(
		'import_id'      => $page['id'],
		'post_type'      => 'page',
		'post_author'    => $page['author'],
		'post_date'      => str_replace( 'T', ' ', $page['date'] ),
		'post_date_gmt'  => str_replace( 'T', ' ', $page['date_gmt'] ),
		'post_name'      => $page['slug'],
		'post_title'     => $page['title'],
		'post_content'   => $page['content'],
		'post_excerpt'   => $page['excerpt'],
		'post_status'    => $page['status'],
		'post_parent'    => $page['parent'],
		'menu_order'     => $page['menu_order'],
		'comment_status' => $page['comment_status'],
		'ping_status'    => 'closed',
		'post_password'  => $page['password'] ?? '',
	), true ), "page {$page['slug']}" );
	if ( $id !== $page['id'] ) {
		fail_on_error( false, "page {$page['slug']} got id $id" );
	}
	// seed.php put the comments in before their page existed.
	wp_update_comment_count_now( $id );
}

foreach ( $seed['menus'] as $menu ) {
	$menu_id = fail_on_error( wp_create_nav_menu( $menu['name'] ), "menu {$menu['name']}" );
	$item_ids = array();
	foreach ( $seed['menuItems'] as $item ) {
		if ( $item['menu'] !== $menu['id'] ) {
			continue;
		}
		$kind = array( 'page' => 'post_type', 'post' => 'post_type', 'category' => 'taxonomy', 'custom' => 'custom' )[ $item['object'] ];
		$object_id = 'category' === $item['object'] ? $term_ids['category'][ $item['object_id'] ] : $item['object_id'];
		$item_ids[ $item['id'] ] = fail_on_error( wp_update_nav_menu_item( $menu_id, 0, array(
			'menu-item-title'     => $item['title'],
			'menu-item-type'      => $kind,
			'menu-item-object'    => $item['object'],
			'menu-item-object-id' => 'custom' === $item['object'] ? 0 : $object_id,
			'menu-item-url'       => 'custom' === $item['object'] ? ( str_starts_with( $item['url'], '/' ) ? home_url( $item['url'] ) : $item['url'] ) : '',
			'menu-item-parent-id' => $item['parent'] ? $item_ids[ $item['parent'] ] : 0,
			'menu-item-position'  => $item['menu_order'],
			'menu-item-status'    => 'publish',
		) ), "menu item {$item['title']}" );
	}
}

// The build's reader of menus: an editor, with an Application Password (WordPress shows it once).
$builder = fail_on_error( wp_insert_user( array( 'user_login' => 'reader-build', 'user_pass' => wp_generate_password( 24 ), 'user_email' => 'reader-build@example.com', 'display_name' => 'Reader build', 'role' => 'editor' ) ), 'user reader-build' );
list( $app_password ) = fail_on_error( WP_Application_Passwords::create_new_application_password( $builder, array( 'name' => 'Reader build' ) ), 'application password' );
file_put_contents( dirname( $argv[1] ) . '/build-credentials.json', json_encode( array( 'user' => 'reader-build', 'password' => WP_Application_Passwords::chunk_password( $app_password ) ) ) );
