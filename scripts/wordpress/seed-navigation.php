<?php
/**
 * The site's block-theme navigation menus (`wp_navigation` posts), from the
 * mock's seed (src/mocks/seed/block-navigation.ts): the same blocks, saved as
 * the Site Editor saves them, with the same ids, dates and statuses. Required
 * by seed.php once the pages are in (a link may name a page by its id).
 */

/** The seed's block as WordPress's parser gives it, its on-site addresses made absolute as the editor saves them. */
function emac_navigation_block( array $block ): array {
	$attrs = $block['attrs'];
	if ( isset( $attrs['url'] ) && str_starts_with( $attrs['url'], '/' ) ) {
		$attrs['url'] = home_url( $attrs['url'] );
	}
	$inner = array_map( 'emac_navigation_block', $block['inner'] );
	// A spacer is a static block: its saved markup is what the site shows.
	$html = 'core/spacer' === $block['name'] ? '<div style="height:' . esc_attr( $attrs['height'] ?? '100px' ) . '" aria-hidden="true" class="wp-block-spacer"></div>' : '';
	return array(
		'blockName'    => $block['name'],
		'attrs'        => $attrs,
		'innerBlocks'  => $inner,
		'innerHTML'    => $html,
		'innerContent' => $inner ? array_fill( 0, count( $inner ), null ) : array( $html ),
	);
}

foreach ( $seed['navigations'] as $navigation ) {
	$id = fail_on_error( wp_insert_post( array(
		'import_id'     => $navigation['id'],
		'post_type'     => 'wp_navigation',
		'post_author'   => 1,
		'post_date'     => str_replace( 'T', ' ', $navigation['date'] ),
		'post_date_gmt' => str_replace( 'T', ' ', $navigation['date_gmt'] ),
		'post_name'     => $navigation['slug'],
		'post_title'    => $navigation['title'],
		'post_content'  => serialize_blocks( array_map( 'emac_navigation_block', $navigation['blocks'] ) ),
		'post_status'   => $navigation['status'],
	), true ), "navigation {$navigation['slug']}" );
	if ( $id !== $navigation['id'] ) {
		fail_on_error( false, "navigation {$navigation['slug']} got id $id" );
	}
	// wp_insert_post stamps the time of the insert as the last edit: the seed's own, as a later edit left it.
	$wpdb->update( $wpdb->posts, array(
		'post_modified'     => str_replace( 'T', ' ', $navigation['modified'] ),
		'post_modified_gmt' => str_replace( 'T', ' ', $navigation['modified_gmt'] ),
	), array( 'ID' => $id ) );
	clean_post_cache( $id );
}
