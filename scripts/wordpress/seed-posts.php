<?php
/**
 * Protected and sticky posts and every comment (issue 24), required at the end
 * of seed.php with its `$seed` and `$comment_ids`: the site's Discussion
 * settings as the demo's site-config.json states them (a visitor cannot read
 * them over REST, so the reader takes them from there), and the seed's
 * pingbacks and trackbacks, which seed.php inserted as plain comments, given
 * their type and the address of the page that linked here.
 */
$discussion = json_decode( file_get_contents( __DIR__ . '/../../public/site-config.json' ), true, 512, JSON_THROW_ON_ERROR )['discussion'];
update_option( 'thread_comments', 1 );
update_option( 'thread_comments_depth', $discussion['threadCommentsDepth'] );
update_option( 'page_comments', $discussion['pageComments'] ? 1 : 0 );
update_option( 'comments_per_page', $discussion['commentsPerPage'] );
update_option( 'default_comments_page', $discussion['defaultCommentsPage'] );
update_option( 'comment_order', $discussion['commentOrder'] );

foreach ( $seed['comments'] as $comment ) {
	$type = $comment['type'] ?? 'comment';
	if ( 'comment' === $type ) {
		continue;
	}
	fail_on_error( wp_update_comment( array(
		'comment_ID'         => $comment_ids[ $comment['id'] ],
		'comment_type'       => $type,
		'comment_author_url' => $comment['author_url'],
	) ), "ping {$comment['id']}" );
}
