<?php
/**
 * What test/wordpress/contract/publish.contract.ts does on the test site, with
 * WordPress's own functions, as wp-admin's screens would call them:
 *
 *   php publish.php configure '<json>'  the publishing plugin's settings, quiet period and timeout; empties its
 *                                      queue and status unless `keep` is set
 *   php publish.php do '<json>'         a list of editor actions (below); prints the ids of what it created
 *   php publish.php status              the plugin's stored status, queue and next scheduled call
 *   php publish.php notice <user id>    the wp-admin notices that user sees
 *   php publish.php page                the settings page, as an administrator sees it
 *   php publish.php user <login> <role> <password>   a user to sign in to wp-admin with (or remove <login>)
 *
 * Actions name what they create (`as`) and refer to it later by that name or by its id.
 */
require __DIR__ . '/bootstrap.php';

[ , $command ] = $argv;
$input = isset( $argv[2] ) ? json_decode( $argv[2], true ) : null;

function out( $value ): void {
	echo wp_json_encode( $value ), "\n";
}

function check( $result, string $what ) {
	if ( is_wp_error( $result ) || false === $result || null === $result || 0 === $result ) {
		fwrite( STDERR, "$what failed: " . ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $result, true ) ) . "\n" );
		exit( 1 );
	}
	return $result;
}

switch ( $command ) {
	case 'configure':
		global $wpdb;
		update_option( 'emac_reader_publish_quiet', (int) ( $input['quiet'] ?? 60 ) );
		update_option( 'emac_reader_publish_timeout', (float) ( $input['timeout'] ?? 5 ) );
		update_option( 'emac_publish_settings', $input['settings'] ?? array() );
		if ( ! empty( $input['keep'] ) ) {
			break; // Only the settings: the queue, the status and the scheduled call stay.
		}
		delete_option( 'emac_publish_status' );
		wp_clear_scheduled_hook( 'emac_publish_send' );
		$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_emac\\_publish\\_%'" );
		break;

	case 'do':
		$ids = array();
		// An object is named by the `as` of the action that created it, or by its id.
		$ref = function ( $name ) use ( &$ids ) {
			return is_int( $name ) ? $name : ( $ids[ $name ] ?? check( null, "no object named $name" ) );
		};
		foreach ( $input as $action ) {
			switch ( $action['op'] ) {
				case 'insert_post':
					$ids[ $action['as'] ] = check(
						wp_insert_post(
							array(
								'post_type'     => $action['type'] ?? 'post',
								'post_title'    => $action['title'],
								'post_content'  => $action['content'] ?? '<p>' . esc_html( $action['title'] ) . '</p>',
								'post_status'   => $action['status'] ?? 'publish',
								'post_date_gmt' => $action['date_gmt'] ?? '',
								'post_date'     => isset( $action['date_gmt'] ) ? get_date_from_gmt( $action['date_gmt'] ) : '',
								'post_category' => $action['categories'] ?? array(),
							),
							true
						),
						'insert_post'
					);
					break;
				case 'update_post':
					check( wp_update_post( array( 'ID' => $ref( $action['ref'] ), 'post_title' => $action['title'] ), true ), 'update_post' );
					break;
				case 'set_status':
					// An editor switching a post back to draft (or pending, private) in the editor.
					check( wp_update_post( array( 'ID' => $ref( $action['ref'] ), 'post_status' => $action['status'] ), true ), 'set_status' );
					break;
				case 'trash_post':
					check( wp_trash_post( $ref( $action['ref'] ) ), 'trash_post' );
					break;
				case 'untrash_post':
					check( wp_untrash_post( $ref( $action['ref'] ) ), 'untrash_post' );
					break;
				case 'delete_post':
					check( wp_delete_post( $ref( $action['ref'] ), true ), 'delete_post' );
					break;
				case 'publish_scheduled':
					// What WP-Cron's publish_future_post does when a scheduled post's time comes.
					wp_publish_post( $ref( $action['ref'] ) );
					break;
				case 'insert_term':
					$ids[ $action['as'] ] = check( wp_insert_term( $action['name'], $action['taxonomy'] ), 'insert_term' )['term_id'];
					break;
				case 'update_term':
					check( wp_update_term( $ref( $action['ref'] ), $action['taxonomy'], array( 'description' => $action['description'] ) ), 'update_term' );
					break;
				case 'delete_term':
					check( wp_delete_term( $ref( $action['ref'] ), $action['taxonomy'] ), 'delete_term' );
					break;
				case 'insert_comment':
					$ids[ $action['as'] ] = check(
						wp_insert_comment(
							array(
								'comment_post_ID'      => $ref( $action['post'] ),
								'comment_author'       => 'Publishing Test',
								'comment_author_email' => 'publishing@example.com',
								'comment_content'      => $action['content'],
								'comment_approved'     => $action['approved'] ?? 0,
							)
						),
						'insert_comment'
					);
					break;
				case 'comment_status':
					check( wp_set_comment_status( $ref( $action['ref'] ), $action['status'] ), 'comment_status' );
					break;
				case 'create_menu':
					$ids[ $action['as'] ] = check( wp_create_nav_menu( $action['name'] ), 'create_menu' );
					break;
				case 'add_menu_item':
					check( wp_update_nav_menu_item( $ref( $action['menu'] ), 0, array( 'menu-item-title' => $action['title'], 'menu-item-url' => $action['url'], 'menu-item-status' => 'publish' ) ), 'add_menu_item' );
					break;
				case 'delete_menu':
					check( wp_delete_nav_menu( $ref( $action['ref'] ) ), 'delete_menu' );
					break;
				default:
					check( null, "unknown action {$action['op']}" );
			}
		}
		out( $ids );
		break;

	case 'status':
		$queue = array_values( array_map( fn( $entry ) => $entry['change'], emac_publish_queue() ) );
		out( array( 'status' => (object) emac_publish_status(), 'queue' => $queue, 'next' => wp_next_scheduled( 'emac_publish_send' ) ?: null, 'now' => time() ) );
		break;

	case 'notice':
		wp_set_current_user( (int) $argv[2] );
		do_action( 'admin_notices' );
		break;

	case 'page':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		wp_set_current_user( 1 );
		emac_publish_register_settings();
		emac_publish_settings_page();
		break;

	case 'user':
		$user = get_user_by( 'login', $argv[2] );
		if ( 'remove' === $argv[3] ) {
			require_once ABSPATH . 'wp-admin/includes/user.php';
			if ( $user ) {
				wp_delete_user( $user->ID );
			}
			break;
		}
		$fields = array( 'user_login' => $argv[2], 'user_pass' => $argv[4], 'role' => $argv[3], 'user_email' => $argv[2] . '@example.com' );
		out( check( $user ? wp_update_user( $fields + array( 'ID' => $user->ID ) ) : wp_insert_user( $fields ), 'user' ) );
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 1 );
}
