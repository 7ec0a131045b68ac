<?php
/**
 * Plugin Name: EMAC Reader publishing
 * Description: Asks the EMAC news reader's build to run when something readers see changes: posts, pages, categories, tags, menus, approved comments. Settings → Reader publishing.
 * Version: 1.0
 * Requires at least: 6.0
 * Requires PHP: 8.0
 *
 * How it works: saving a post (or a term, a menu, a comment) only writes a line
 * to a queue in the options table and makes sure a WP-Cron event is scheduled.
 * The event sends the whole queue in one HTTP call, at most once per quiet
 * period (a minute unless the emac_publish_quiet_seconds filter says
 * otherwise), so a burst of edits becomes one build and the last change is
 * always in a call. A slow, unreachable or failing hook therefore never holds
 * up or breaks a save: its failure is logged, kept for wp-admin, and the
 * queue is sent again later.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const EMAC_PUBLISH_SETTINGS = 'emac_publish_settings';
const EMAC_PUBLISH_STATUS   = 'emac_publish_status';
const EMAC_PUBLISH_EVENT    = 'emac_publish_send';
// Each queued change is its own row (option name = prefix + type + id), so two
// saves at the same moment cannot overwrite each other's entry in one shared array.
const EMAC_PUBLISH_QUEUE_PREFIX = '_emac_publish_q_';
const EMAC_PUBLISH_LOCK         = '_emac_publish_sending';

/** The plugin's settings, with defaults. */
function emac_publish_settings(): array {
	$saved = get_option( EMAC_PUBLISH_SETTINGS, array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'url'        => '',
			'format'     => 'generic',
			'secret'     => '',
			'token'      => '',
			'event_type' => 'wordpress-publish',
		)
	);
}

/** Seconds between two calls; the tests make it short. */
function emac_publish_quiet_seconds(): int {
	return max( 0, (int) apply_filters( 'emac_publish_quiet_seconds', 60 ) );
}

/** How long a call may take before it counts as failed. */
function emac_publish_timeout_seconds(): float {
	return max( 0.5, (float) apply_filters( 'emac_publish_timeout_seconds', 5 ) );
}

// ---------------------------------------------------------------------------
// Recording changes (the save path: no HTTP here).
// ---------------------------------------------------------------------------

/** Post types whose public pages the reader builds. */
function emac_publish_post_types(): array {
	return (array) apply_filters( 'emac_publish_post_types', array( 'post', 'page', 'wp_navigation' ) );
}

/** Taxonomies whose archives the reader builds. */
function emac_publish_taxonomies(): array {
	return (array) apply_filters( 'emac_publish_taxonomies', array( 'category', 'post_tag' ) );
}

/**
 * Queues one change. A later change of the same object replaces the earlier
 * one in the queue: the receiver needs the object's latest state, once.
 */
function emac_publish_record( string $type, int $id, string $action, array $extra = array() ): void {
	global $wpdb;
	if ( '' === emac_publish_settings()['url'] ) {
		return;
	}
	$change = array_merge(
		array(
			'type'   => $type,
			'id'     => $id,
			'action' => $action,
		),
		$extra,
		// Microseconds keep two recordings of the same change distinct, so the sender
		// deletes only the version it sent (see emac_publish_send).
		array( 'recorded' => sprintf( '%.6F', microtime( true ) ) )
	);
	$name = EMAC_PUBLISH_QUEUE_PREFIX . sanitize_key( $type ) . '_' . $id;
	// A post published (or a term created) and then edited before the call is still new to the receiver.
	$queued = json_decode( (string) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) ), true );
	if ( 'update' === $action && is_array( $queued ) && in_array( $queued['action'] ?? '', array( 'publish', 'create', 'schedule' ), true ) ) {
		$change['action'] = $queued['action'];
	}
	// One statement, so concurrent saves neither lose nor duplicate a row; autoload off, the queue is not read on every page.
	$wpdb->query(
		$wpdb->prepare(
			"INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')
			 ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)",
			$name,
			wp_json_encode( $change )
		)
	);
	emac_publish_schedule();
}

/** Makes sure a send is scheduled: now, or when the quiet period after the last call ends. */
function emac_publish_schedule( int $not_before = 0 ): void {
	if ( wp_next_scheduled( EMAC_PUBLISH_EVENT ) ) {
		return;
	}
	$status = emac_publish_status();
	$when   = max( time(), (int) ( $status['attempted'] ?? 0 ) + emac_publish_quiet_seconds(), $not_before );
	wp_schedule_single_event( $when, EMAC_PUBLISH_EVENT );
}

/** The queued changes, oldest first: option name => change. */
function emac_publish_queue(): array {
	global $wpdb;
	$rows    = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT option_name, option_value FROM {$wpdb->options} WHERE option_name LIKE %s",
			$wpdb->esc_like( EMAC_PUBLISH_QUEUE_PREFIX ) . '%'
		)
	);
	$changes = array();
	foreach ( $rows as $row ) {
		$change = json_decode( $row->option_value, true );
		if ( is_array( $change ) ) {
			$changes[ $row->option_name ] = array( 'raw' => $row->option_value, 'change' => $change );
		}
	}
	uasort( $changes, fn( $a, $b ) => strcmp( $a['change']['recorded'] ?? '', $b['change']['recorded'] ?? '' ) );
	return $changes;
}

/** The slug readers know a post by: trashing adds "__trashed" to it. */
function emac_publish_post_slug( WP_Post $post ): string {
	$desired = get_post_meta( $post->ID, '_wp_desired_post_slug', true );
	if ( 'trash' === $post->post_status && is_string( $desired ) && '' !== $desired ) {
		return $desired;
	}
	return (string) preg_replace( '/__trashed$/', '', $post->post_name );
}

function emac_publish_post_change( WP_Post $post, string $action ): void {
	emac_publish_record(
		$post->post_type,
		(int) $post->ID,
		$action,
		array(
			'status'       => $post->post_status,
			'slug'         => emac_publish_post_slug( $post ),
			'modified_gmt' => mysql_to_rfc3339( $post->post_modified_gmt ),
		)
	);
}

/** Publish, update, unpublish, trash, schedule and unschedule; a scheduled post going live is future → publish. */
add_action(
	'transition_post_status',
	function ( $new_status, $old_status, $post ) {
		if ( ! $post instanceof WP_Post || ! in_array( $post->post_type, emac_publish_post_types(), true ) ) {
			return;
		}
		$seen = array( 'publish', 'future' );
		if ( ! in_array( $new_status, $seen, true ) && ! in_array( $old_status, $seen, true ) ) {
			return; // Drafts, pending and private posts are not on the reader.
		}
		if ( 'publish' === $new_status ) {
			$action = 'publish' === $old_status ? 'update' : 'publish';
		} elseif ( 'future' === $new_status ) {
			$action = 'schedule';
		} elseif ( 'trash' === $new_status ) {
			$action = 'trash';
		} elseif ( 'future' === $old_status ) {
			$action = 'unschedule';
		} else {
			$action = 'unpublish';
		}
		emac_publish_post_change( $post, $action );
	},
	10,
	3
);

/** A post restored from the trash straight into a public status (WordPress restores to draft unless a filter says otherwise). */
add_action(
	'untrashed_post',
	function ( $post_id ) {
		$post = get_post( $post_id );
		if ( $post && in_array( $post->post_type, emac_publish_post_types(), true ) && in_array( $post->post_status, array( 'publish', 'future' ), true ) ) {
			emac_publish_post_change( $post, 'untrash' );
		}
	}
);

/** Posts being deleted: their comments go with them, and need no entries of their own. */
$GLOBALS['emac_publish_deleting'] = array();

add_action(
	'before_delete_post',
	function ( $post_id, $post = null ) {
		$post = $post instanceof WP_Post ? $post : get_post( $post_id );
		if ( ! $post || ! in_array( $post->post_type, emac_publish_post_types(), true ) ) {
			return;
		}
		$GLOBALS['emac_publish_deleting'][ (int) $post_id ] = true;
		// A trashed post may have been public before; a draft never was.
		if ( in_array( $post->post_status, array( 'publish', 'future', 'trash' ), true ) ) {
			emac_publish_post_change( $post, 'delete' );
		}
	},
	10,
	2
);

add_action(
	'deleted_post',
	function ( $post_id ) {
		unset( $GLOBALS['emac_publish_deleting'][ (int) $post_id ] );
	}
);

/** Categories and tags: created, edited, deleted. */
function emac_publish_term_change( int $term_id, string $taxonomy, string $action, $term = null ): void {
	if ( ! in_array( $taxonomy, emac_publish_taxonomies(), true ) ) {
		return;
	}
	$term = $term instanceof WP_Term ? $term : get_term( $term_id, $taxonomy );
	emac_publish_record(
		$taxonomy,
		$term_id,
		$action,
		array( 'slug' => $term instanceof WP_Term ? $term->slug : '' )
	);
}

add_action( 'created_term', fn( $term_id, $tt_id, $taxonomy ) => emac_publish_term_change( (int) $term_id, (string) $taxonomy, 'create' ), 10, 3 );
add_action( 'edited_term', fn( $term_id, $tt_id, $taxonomy ) => emac_publish_term_change( (int) $term_id, (string) $taxonomy, 'update' ), 10, 3 );
add_action( 'delete_term', fn( $term_id, $tt_id, $taxonomy, $deleted_term = null ) => emac_publish_term_change( (int) $term_id, (string) $taxonomy, 'delete', $deleted_term ), 10, 4 );

/** Classic menus: the menu itself, and its items (wp-admin and the Customizer save them one by one). */
function emac_publish_menu_change( int $menu_id, string $action ): void {
	$menu = wp_get_nav_menu_object( $menu_id );
	emac_publish_record( 'nav_menu', $menu_id, $action, array( 'slug' => $menu ? $menu->slug : '' ) );
}

add_action( 'wp_create_nav_menu', fn( $menu_id ) => emac_publish_menu_change( (int) $menu_id, 'create' ) );
add_action( 'wp_update_nav_menu', fn( $menu_id ) => emac_publish_menu_change( (int) $menu_id, 'update' ) );
add_action( 'wp_update_nav_menu_item', fn( $menu_id ) => emac_publish_menu_change( (int) $menu_id, 'update' ) );
add_action( 'wp_delete_nav_menu', fn( $menu_id ) => emac_publish_record( 'nav_menu', (int) $menu_id, 'delete' ) );

/**
 * Comments are prerendered with their article: a change matters when the
 * comment is, or was, approved. WordPress reports deletion as a transition to
 * "delete" too.
 */
function emac_publish_comment_change( WP_Comment $comment, string $action ): void {
	$post_id = (int) $comment->comment_post_ID;
	if ( isset( $GLOBALS['emac_publish_deleting'][ $post_id ] ) ) {
		return;
	}
	$post = get_post( $post_id );
	emac_publish_record(
		'comment',
		(int) $comment->comment_ID,
		$action,
		array(
			'post' => $post_id,
			'slug' => $post ? emac_publish_post_slug( $post ) : '',
		)
	);
}

add_action(
	'transition_comment_status',
	function ( $new_status, $old_status, $comment ) {
		if ( ! $comment instanceof WP_Comment || ( 'approved' !== $new_status && 'approved' !== $old_status ) ) {
			return;
		}
		$actions = array(
			'approved'   => 'approve',
			'unapproved' => 'unapprove',
			'spam'       => 'spam',
			'trash'      => 'trash',
			'delete'     => 'delete',
		);
		emac_publish_comment_change( $comment, $actions[ $new_status ] ?? 'update' );
	},
	10,
	3
);

/** A comment that is approved as it arrives (a returning reader, or an editor's). */
add_action(
	'wp_insert_comment',
	function ( $comment_id, $comment ) {
		if ( $comment instanceof WP_Comment && '1' === (string) $comment->comment_approved ) {
			emac_publish_comment_change( $comment, 'create' );
		}
	},
	10,
	2
);

/** An approved comment whose text an editor changed. */
add_action(
	'edit_comment',
	function ( $comment_id ) {
		$comment = get_comment( $comment_id );
		if ( $comment instanceof WP_Comment && '1' === (string) $comment->comment_approved ) {
			emac_publish_comment_change( $comment, 'update' );
		}
	}
);

// ---------------------------------------------------------------------------
// Sending (in the WP-Cron event, or from the "Send now" button).
// ---------------------------------------------------------------------------

function emac_publish_status(): array {
	$status = get_option( EMAC_PUBLISH_STATUS, array() );
	return is_array( $status ) ? $status : array();
}

/**
 * One sender at a time. add_option() cannot serve as a lock (it overwrites a
 * row that exists), so this is one INSERT IGNORE; a lock older than a minute is
 * a crashed sender's and is taken over, again in one statement.
 */
function emac_publish_lock(): bool {
	global $wpdb;
	$now = time();
	if ( $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", EMAC_PUBLISH_LOCK, (string) $now ) ) ) {
		return true;
	}
	$held = (string) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", EMAC_PUBLISH_LOCK ) );
	if ( (int) $held > $now - MINUTE_IN_SECONDS ) {
		return false;
	}
	return (bool) $wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = %s", (string) $now, EMAC_PUBLISH_LOCK, $held ) );
}

/** The request the hook gets, in the format the site owner chose. */
function emac_publish_request( array $settings, array $payload ): array {
	if ( 'github' === $settings['format'] ) {
		return array(
			'headers' => array(
				'Accept'               => 'application/vnd.github+json',
				'Authorization'        => 'Bearer ' . $settings['token'],
				'Content-Type'         => 'application/json',
				'X-GitHub-Api-Version' => '2022-11-28',
			),
			'body'    => wp_json_encode(
				array(
					'event_type'     => $settings['event_type'] ? $settings['event_type'] : 'wordpress-publish',
					'client_payload' => $payload,
				)
			),
		);
	}
	$body      = wp_json_encode( $payload );
	$timestamp = (string) time();
	$headers   = array(
		'Content-Type'    => 'application/json',
		'X-Emac-Timestamp' => $timestamp,
	);
	if ( '' !== $settings['secret'] ) {
		// The timestamp is signed with the body, so an old call cannot be replayed with a new time.
		$headers['X-Emac-Signature'] = 'sha256=' . hash_hmac( 'sha256', $timestamp . '.' . $body, $settings['secret'] );
	}
	return array( 'headers' => $headers, 'body' => $body );
}

/**
 * Sends the queue in one call. Returns the stored status. `$manual` sends
 * even an empty queue (the "Send now" button, to try the hook).
 */
function emac_publish_send( bool $manual = false ): array {
	global $wpdb;
	$settings = emac_publish_settings();
	if ( '' === $settings['url'] ) {
		return emac_publish_status();
	}
	$queue = emac_publish_queue();
	if ( ! $queue && ! $manual ) {
		return emac_publish_status();
	}
	if ( ! emac_publish_lock() ) {
		// Another sender is at work (WP-Cron and the button may meet): what it does not send, a later event will.
		emac_publish_schedule( time() + max( 1, emac_publish_quiet_seconds() ) );
		return emac_publish_status();
	}

	$status              = emac_publish_status();
	$status['attempted'] = time();
	update_option( EMAC_PUBLISH_STATUS, $status, false );

	// A bulk action can queue thousands of changes: the call lists the first ones and says how many more there were.
	$limit   = max( 1, (int) apply_filters( 'emac_publish_max_changes', 200 ) );
	$changes = array();
	foreach ( array_slice( $queue, 0, $limit ) as $entry ) {
		$change = $entry['change'];
		unset( $change['recorded'] );
		$changes[] = $change;
	}
	$payload = array(
		'site'    => home_url( '/' ),
		'time'    => gmdate( 'Y-m-d\TH:i:s\Z' ),
		'reason'  => $manual ? 'manual' : 'changes',
		'changes' => $changes,
	);
	if ( count( $queue ) > $limit ) {
		$payload['more'] = count( $queue ) - $limit;
	}

	$request  = emac_publish_request( $settings, $payload );
	$response = wp_remote_post(
		$settings['url'],
		array(
			'timeout'     => emac_publish_timeout_seconds(),
			'redirection' => 0,
			'headers'     => $request['headers'],
			'body'        => $request['body'],
			'user-agent'  => 'EMAC Reader publishing; ' . home_url( '/' ),
		)
	);

	$code = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
	$ok   = $code >= 200 && $code < 300;
	if ( is_wp_error( $response ) ) {
		$answer = $response->get_error_message();
	} else {
		$answer = trim( $code . ' ' . wp_remote_retrieve_response_message( $response ) );
		$text   = trim( wp_strip_all_tags( (string) wp_remote_retrieve_body( $response ) ) );
		if ( ! $ok && '' !== $text ) {
			$answer .= ': ' . mb_substr( $text, 0, 200 );
		}
	}

	$status             = emac_publish_status();
	$status['ok']       = $ok;
	$status['code']     = $code;
	$status['answer']   = $answer;
	$status['time']     = time();
	$status['count']    = count( $changes ) + ( $payload['more'] ?? 0 );
	$status['failures'] = $ok ? 0 : (int) ( $status['failures'] ?? 0 ) + 1;
	if ( $ok ) {
		$status['sent'] = time();
		// Delete exactly what was sent: a change recorded during the call has another value and stays queued.
		foreach ( $queue as $name => $entry ) {
			$wpdb->delete( $wpdb->options, array( 'option_name' => $name, 'option_value' => $entry['raw'] ) );
		}
	} else {
		error_log( sprintf( 'EMAC Reader publishing: the build hook %s failed (%s); %d change(s) stay queued.', $settings['url'], $answer, count( $queue ) ) );
	}
	update_option( EMAC_PUBLISH_STATUS, $status, false );
	$wpdb->delete( $wpdb->options, array( 'option_name' => EMAC_PUBLISH_LOCK ) );

	if ( ! $ok && $queue ) {
		// Try again later, waiting longer after each failure (up to an hour), so a dead hook is not called every minute forever.
		$wait = min( HOUR_IN_SECONDS, max( 1, emac_publish_quiet_seconds() ) * ( 2 ** min( 6, $status['failures'] - 1 ) ) );
		emac_publish_schedule( time() + $wait );
	} elseif ( emac_publish_queue() ) {
		emac_publish_schedule();
	}
	return $status;
}

add_action( EMAC_PUBLISH_EVENT, fn() => emac_publish_send() );

/**
 * A new hook address or secret is the owner's answer to a failing hook: what is
 * queued goes out at the next WP-Cron run instead of after the retry's wait.
 */
add_action(
	'update_option_' . EMAC_PUBLISH_SETTINGS,
	function () {
		if ( emac_publish_queue() ) {
			wp_clear_scheduled_hook( EMAC_PUBLISH_EVENT );
			wp_schedule_single_event( time(), EMAC_PUBLISH_EVENT );
		}
	}
);

register_deactivation_hook( __FILE__, 'emac_publish_deactivate' );
// Registered on activation, as WordPress advises: register_uninstall_hook() writes an option.
register_activation_hook( __FILE__, fn() => register_uninstall_hook( __FILE__, 'emac_publish_uninstall' ) );

function emac_publish_deactivate(): void {
	wp_clear_scheduled_hook( EMAC_PUBLISH_EVENT );
}

function emac_publish_uninstall(): void {
	global $wpdb;
	wp_clear_scheduled_hook( EMAC_PUBLISH_EVENT );
	delete_option( EMAC_PUBLISH_SETTINGS );
	delete_option( EMAC_PUBLISH_STATUS );
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( '_emac_publish_' ) . '%' ) );
}

// ---------------------------------------------------------------------------
// wp-admin: settings, status, notice, "Send now".
// ---------------------------------------------------------------------------

function emac_publish_sanitize_settings( $input ): array {
	$old   = emac_publish_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$url   = esc_url_raw( trim( (string) ( $input['url'] ?? '' ) ), array( 'http', 'https' ) );
	if ( '' !== trim( (string) ( $input['url'] ?? '' ) ) && '' === $url ) {
		add_settings_error( EMAC_PUBLISH_SETTINGS, 'emac_publish_url', __( 'The build hook URL must start with https:// or http://.' ) );
	}
	$format = ( $input['format'] ?? '' ) === 'github' ? 'github' : 'generic';
	// Secrets are never printed back into the form: an empty field keeps the saved one.
	$secret = trim( (string) ( $input['secret'] ?? '' ) );
	$token  = trim( (string) ( $input['token'] ?? '' ) );
	$event  = sanitize_text_field( (string) ( $input['event_type'] ?? '' ) );
	return array(
		'url'        => $url,
		'format'     => $format,
		'secret'     => '' !== $secret ? sanitize_text_field( $secret ) : $old['secret'],
		'token'      => '' !== $token ? sanitize_text_field( $token ) : $old['token'],
		'event_type' => '' !== $event ? $event : 'wordpress-publish',
	);
}

function emac_publish_section_intro(): void {
	echo '<p>' . esc_html(
		sprintf(
			/* translators: %s: a duration such as "1 min" */
			__( 'Where to ask for a new build of the reader when something readers see changes. Changes are sent together, at most one call every %s, the last change always included.' ),
			human_time_diff( 0, max( 1, emac_publish_quiet_seconds() ) )
		)
	) . '</p>';
}

/** The settings form (Settings API); on admin_init. */
function emac_publish_register_settings(): void {
		register_setting(
			'emac_publish',
			EMAC_PUBLISH_SETTINGS,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'emac_publish_sanitize_settings',
				'default'           => array(),
			)
		);
		add_settings_section( 'emac_publish_hook', __( 'Build hook' ), 'emac_publish_section_intro', 'emac_publish' );
		$fields = array(
			'url'        => __( 'Build hook URL' ),
			'format'     => __( 'Request format' ),
			'secret'     => __( 'Secret (generic hook)' ),
			'token'      => __( 'GitHub token' ),
			'event_type' => __( 'GitHub event type' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field(
				'emac_publish_' . $key,
				$label,
				'emac_publish_field',
				'emac_publish',
				'emac_publish_hook',
				array( 'key' => $key, 'label_for' => 'emac_publish_' . $key )
			);
		}
}
add_action( 'admin_init', 'emac_publish_register_settings' );

function emac_publish_field( array $args ): void {
	$settings = emac_publish_settings();
	$key      = $args['key'];
	$name     = EMAC_PUBLISH_SETTINGS . '[' . $key . ']';
	$id       = 'emac_publish_' . $key;
	switch ( $key ) {
		case 'url':
			printf( '<input type="url" class="regular-text code" id="%s" name="%s" value="%s" placeholder="https://build.example.com/hooks/news-reader">', esc_attr( $id ), esc_attr( $name ), esc_attr( $settings['url'] ) );
			echo '<p class="description">' . esc_html__( 'For GitHub: https://api.github.com/repos/OWNER/REPO/dispatches' ) . '</p>';
			break;
		case 'format':
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( array( 'generic' => __( 'Generic JSON hook (signed with the secret)' ), 'github' => __( 'GitHub repository_dispatch' ) ) as $value => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $settings['format'], $value, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'secret':
		case 'token':
			$saved = '' !== $settings[ $key ];
			printf( '<input type="password" class="regular-text" id="%s" name="%s" value="" autocomplete="new-password" placeholder="%s">', esc_attr( $id ), esc_attr( $name ), esc_attr( $saved ? __( 'Saved; type to replace' ) : '' ) );
			echo '<p class="description">' . esc_html(
				'secret' === $key
					? __( 'Shared with the receiver (PUBLISH_HOOK_SECRET of scripts/publish-hook.mjs): it signs each call in X-Emac-Signature.' )
					: __( 'A fine-grained token with "Contents: write" on the repository, sent as Authorization: Bearer.' )
			) . '</p>';
			break;
		case 'event_type':
			printf( '<input type="text" class="regular-text code" id="%s" name="%s" value="%s">', esc_attr( $id ), esc_attr( $name ), esc_attr( $settings['event_type'] ) );
			break;
	}
}

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'Reader publishing' ), __( 'Reader publishing' ), 'manage_options', 'emac-publish', 'emac_publish_settings_page' );
	}
);

function emac_publish_format_time( $timestamp ): string {
	if ( ! $timestamp ) {
		return __( 'never' );
	}
	return sprintf(
		/* translators: 1: date and time, 2: how long ago */
		__( '%1$s (%2$s ago)' ),
		wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $timestamp ),
		human_time_diff( (int) $timestamp )
	);
}

function emac_publish_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$status = emac_publish_status();
	$queue  = emac_publish_queue();
	$next   = wp_next_scheduled( EMAC_PUBLISH_EVENT );
	echo '<div class="wrap"><h1>' . esc_html__( 'Reader publishing' ) . '</h1>';
	if ( isset( $_GET['emac_publish_sent'] ) ) {
		$sent_ok = '1' === $_GET['emac_publish_sent'];
		printf( '<div class="notice notice-%s is-dismissible"><p>%s</p></div>', $sent_ok ? 'success' : 'error', esc_html( $sent_ok ? __( 'Sent: the build hook accepted the call.' ) : __( 'Sent, but the build hook did not accept the call: see the last answer below.' ) ) );
	}
	echo '<form method="post" action="options.php">';
	settings_fields( 'emac_publish' );
	do_settings_sections( 'emac_publish' );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Status' ) . '</h2><table class="widefat striped emac-publish-status" style="max-width:60em"><tbody>';
	$rows = array(
		__( 'Last sent' )       => emac_publish_format_time( $status['sent'] ?? 0 ),
		__( 'Last call' )       => emac_publish_format_time( $status['time'] ?? 0 ),
		__( 'Last answer' )     => isset( $status['answer'] ) ? ( $status['ok'] ? '✓ ' : '✗ ' ) . $status['answer'] : '—',
		__( 'Pending changes' ) => (string) count( $queue ),
		__( 'Next call' )       => $next ? wp_date( get_option( 'time_format' ), $next ) . ( $next <= time() ? ' ' . __( '(due: runs with the next page view or WP-Cron run)' ) : '' ) : '—',
	);
	foreach ( $rows as $label => $value ) {
		printf( '<tr><th scope="row">%s</th><td>%s</td></tr>', esc_html( $label ), esc_html( $value ) );
	}
	echo '</tbody></table>';
	if ( $queue ) {
		echo '<h3>' . esc_html__( 'Waiting to be sent' ) . '</h3><ul>';
		foreach ( array_slice( $queue, 0, 20 ) as $entry ) {
			$change = $entry['change'];
			printf( '<li><code>%s</code> %s #%d %s</li>', esc_html( $change['action'] ), esc_html( $change['type'] ), (int) $change['id'], esc_html( $change['slug'] ?? '' ) );
		}
		echo '</ul>';
	}
	echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
	echo '<input type="hidden" name="action" value="emac_publish_send_now">';
	wp_nonce_field( 'emac_publish_send_now', '_emac_publish_nonce' );
	submit_button( __( 'Send now' ), 'secondary', 'emac_publish_send_now', false );
	echo ' <span class="description">' . esc_html__( 'Calls the build hook at once with the pending changes (or none, to try it).' ) . '</span></form></div>';
}

add_action(
	'admin_post_emac_publish_send_now',
	function () {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to do that.' ), 403 );
		}
		check_admin_referer( 'emac_publish_send_now', '_emac_publish_nonce' );
		wp_clear_scheduled_hook( EMAC_PUBLISH_EVENT );
		$status = emac_publish_send( true );
		wp_safe_redirect( add_query_arg( 'emac_publish_sent', empty( $status['ok'] ) ? '0' : '1', admin_url( 'options-general.php?page=emac-publish' ) ) );
		exit;
	}
);

/** Tells administrators, on every wp-admin screen, when the last call failed and why. */
function emac_publish_admin_notice(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$status = emac_publish_status();
	if ( ! isset( $status['ok'] ) || $status['ok'] || '' === emac_publish_settings()['url'] ) {
		return;
	}
	printf(
		'<div class="notice notice-error emac-publish-notice"><p><strong>%s</strong> %s <a href="%s">%s</a></p></div>',
		esc_html__( 'The reader was not rebuilt.' ),
		esc_html(
			sprintf(
				/* translators: 1: the hook's answer, 2: number of changes, 3: how long ago */
				__( 'The build hook answered "%1$s" %3$s ago; %2$d change(s) are waiting and will be sent again.' ),
				$status['answer'] ?? '',
				count( emac_publish_queue() ),
				human_time_diff( (int) ( $status['time'] ?? time() ) )
			)
		),
		esc_url( admin_url( 'options-general.php?page=emac-publish' ) ),
		esc_html__( 'Reader publishing settings' )
	);
}
add_action( 'admin_notices', 'emac_publish_admin_notice' );
