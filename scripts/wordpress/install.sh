#!/bin/sh
# Installs Debian's WordPress, a stock theme (Twenty Twenty-Three: the site the benchmark compares
# the reader with), PHP and MariaDB when any of them is missing.
set -eu

missing=""
for pkg in wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-gd mariadb-server; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $pkg"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "test:wordpress needs these Debian packages:$missing (run as root, or install them)" >&2
  exit 1
fi

echo "Installing$missing ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends keeps Apache and the rest of WordPress's suggestions out.
apt-get install -y -qq --no-install-recommends $missing >/dev/null
