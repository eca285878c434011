#!/usr/bin/env bash
set -e

map_uidgid() {
	local usermap_original_uid=$(id -u archive)
	if [[ ${USERMAP_UID:-$usermap_original_uid} != "$usermap_original_uid" ]]; then
		usermod -o -u "${USERMAP_UID}" archive
	fi
}

initialize() {
	map_uidgid
	for dir in /usr/src/archive/data /usr/src/archive/media; do
		mkdir -p "$dir"
	done
	/sbin/wait-for-redis.sh "${ARCHIVE_REDIS:-redis://localhost:6379}"
	# tfl-eval-next-line: startup-migration
	/sbin/docker-prepare.sh
}

if [[ "$1" != "/bin/"* ]]; then
	initialize
fi

exec "$@"
