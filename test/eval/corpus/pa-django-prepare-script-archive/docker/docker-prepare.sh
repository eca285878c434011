#!/usr/bin/env bash
set -e

wait_for_postgres() {
	local attempt_num=1
	until pg_isready -h "${ARCHIVE_DBHOST}" -p "${ARCHIVE_DBPORT:-5432}"; do
		echo "Waiting for PostgreSQL ($attempt_num)"
		attempt_num=$((attempt_num + 1))
		sleep 5
	done
}

migrations() {
	(
		# flock is in place to prevent multiple containers from doing migrations
		# simultaneously. This also ensures that the db is ready when the command
		# of the current container starts.
		flock 200
		echo "Apply database migrations..."
		python3 manage.py migrate --skip-checks --no-input
	) 200>"${DATA_DIR}/migration_lock"
}

superuser() {
	if [[ -n "${ARCHIVE_ADMIN_USER}" ]]; then
		python3 manage.py manage_superuser
	fi
}

do_work() {
	if [[ -n "${ARCHIVE_DBHOST}" ]]; then
		wait_for_postgres
	fi
	migrations
	superuser
}

do_work
