#!/usr/bin/env bash
# `npm run test:wordpress`: a real WordPress (Debian's package, PHP's built-in
# server, a private MariaDB) on loopback, seeded with the mock's own data, then
# the contract suite and the real-API browser suite against it. Everything it
# starts is stopped on exit; the machine's own MariaDB, if any, is not touched.
#
#   run.sh [vitest args]   the suites
#   run.sh --serve         the seeded site only, until stopped (the benchmark starts it so)
# WORDPRESS_GZIP_PORT=N puts a gzip proxy (gzip-proxy.mjs) on port N in front of PHP's server,
# which compresses nothing, and makes that the site's address, as a real host would serve it.
# Only one may run on a machine at a time (it writes /etc/wordpress): flock /tmp/wordpress.lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

"$repo/scripts/wordpress/install.sh"

port=${WORDPRESS_PORT:-8091}
gzip_port=${WORDPRESS_GZIP_PORT:-}
site_port=${gzip_port:-$port}
work=$(mktemp -d "${TMPDIR:-/tmp}/emac-wordpress.XXXXXX")
content=/var/lib/wordpress/wp-content
configs=(/etc/wordpress/config-127.0.0.1.php /etc/wordpress/config-localhost.php)
marker='// Written by emac-reader scripts/wordpress/run.sh'
mariadb_pid=''
php_pid=''
proxy_pid=''

for used in $port $gzip_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$used") 2>/dev/null; then
    echo "Port $used is already in use (another test:wordpress?); set WORDPRESS_PORT or WORDPRESS_GZIP_PORT to a free one." >&2
    exit 1
  fi
done
for config in "${configs[@]}"; do
  if [ -e "$config" ] && ! grep -qF "$marker" "$config"; then
    echo "$config exists and is not ours; not overwriting it." >&2
    exit 1
  fi
done

stop() {
  if [ -n "$proxy_pid" ]; then
    kill "$proxy_pid" 2>/dev/null || true
    wait "$proxy_pid" 2>/dev/null || true
  fi
  if [ -n "$php_pid" ]; then
    # PHP_CLI_SERVER_WORKERS forks workers that outlive their parent: stop them first.
    pkill -TERM -P "$php_pid" 2>/dev/null || true
    kill "$php_pid" 2>/dev/null || true
    wait "$php_pid" 2>/dev/null || true
  fi
  if [ -n "$mariadb_pid" ]; then
    kill "$mariadb_pid" 2>/dev/null || true
    wait "$mariadb_pid" 2>/dev/null || true
  fi
  rm -f "${configs[@]}" "$content/mu-plugins/emac-reader-test.php" /usr/share/wordpress/.maintenance
  rm -rf "$content/uploads/emac-reader-test" "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A private MariaDB: its own data directory and socket, no TCP port.
mariadb-install-db --user=root --datadir="$work/data" --auth-root-authentication-method=socket \
  --skip-test-db >"$work/mariadb-install.log" 2>&1
mariadbd --no-defaults --user=root --datadir="$work/data" --socket="$work/mysqld.sock" \
  --pid-file="$work/mysqld.pid" --skip-networking --skip-log-bin --innodb-buffer-pool-size=64M \
  --innodb-flush-log-at-trx-commit=0 --log-error="$work/mariadb.log" </dev/null >/dev/null 2>&1 &
mariadb_pid=$!
for _ in $(seq 1 100); do
  mariadb-admin --socket="$work/mysqld.sock" ping >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb --socket="$work/mysqld.sock" -e "
  CREATE DATABASE emac_reader CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'emac_reader'@'localhost' IDENTIFIED BY 'emac_reader';
  GRANT ALL ON emac_reader.* TO 'emac_reader'@'localhost';"

for host in 127.0.0.1 localhost; do
  cat >"/etc/wordpress/config-$host.php" <<PHP
<?php
$marker
define( 'DB_NAME', 'emac_reader' );
define( 'DB_USER', 'emac_reader' );
define( 'DB_PASSWORD', 'emac_reader' );
define( 'DB_HOST', 'localhost:$work/mysqld.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', 'http://$host:$site_port' );
define( 'WP_SITEURL', 'http://$host:$site_port' );
define( 'WP_CONTENT_DIR', '$content' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', false );
PHP
done

# The plugins the README offers site owners, switched on and off by the tests (emac_reader_comments,
# emac_reader_publish).
# Tests post several comments a minute from one address: WordPress's flood check would refuse them.
mkdir -p "$content/mu-plugins"
cat >"$content/mu-plugins/emac-reader-test.php" <<PHP
<?php
$marker
if ( get_option( 'emac_reader_comments' ) ) {
	require '$repo/wordpress/emac-reader-comments.php';
}
// The publishing plugin (emac_reader_publish), with the waits the tests set: they cannot wait a real minute.
if ( get_option( 'emac_reader_publish' ) ) {
	require '$repo/wordpress/emac-reader-publish.php';
	add_filter( 'emac_publish_quiet_seconds', fn() => (int) get_option( 'emac_reader_publish_quiet', 60 ) );
	add_filter( 'emac_publish_timeout_seconds', fn() => (float) get_option( 'emac_reader_publish_timeout', 5 ) );
}
remove_action( 'check_comment_flood', 'check_comment_flood_db', 10 );
// Application Passwords (the build's read of menus) over plain HTTP on loopback.
add_filter( 'wp_is_application_passwords_available', '__return_true' );
PHP

PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t /usr/share/wordpress "$repo/scripts/wordpress/router.php" \
  </dev/null >"$work/php.log" 2>&1 &
php_pid=$!
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
if ! kill -0 "$php_pid" 2>/dev/null; then
  echo "PHP's server did not start:" >&2
  cat "$work/php.log" >&2
  exit 1
fi
if [ -n "$gzip_port" ]; then
  node scripts/wordpress/gzip-proxy.mjs "$gzip_port" "$port" </dev/null >"$work/gzip-proxy.log" 2>&1 &
  proxy_pid=$!
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$gzip_port") 2>/dev/null && break
    sleep 0.1
  done
fi

# The mock's own seed, loaded through WordPress's functions. WORDPRESS_POSTS=1000 seeds a bigger site
# (the mock's archive of older instalments, as VITE_MOCK_ARTICLES makes it) for the prerender benchmark.
VITE_MOCK_ARTICLES="${WORDPRESS_POSTS:-}" node scripts/wordpress/export-seed.mjs >"$work/seed.json"
php scripts/wordpress/seed.php "$work/seed.json"

export WORDPRESS_URL="http://127.0.0.1:$site_port"
export WORDPRESS_WORK="$work"
if [ "${1:-}" = "--serve" ]; then
  # For working on the suites: keep the site up until Ctrl-C. In another shell:
  # WORDPRESS_URL=... WORDPRESS_WORK=... npx vitest run --config test/wordpress/vitest.config.ts <file>
  echo "WORDPRESS_URL=$WORDPRESS_URL WORDPRESS_WORK=$WORDPRESS_WORK"
  wait "$php_pid"
else
  npx vitest run --config test/wordpress/vitest.config.ts "$@"
fi
