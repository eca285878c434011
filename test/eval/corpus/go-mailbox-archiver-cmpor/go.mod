module github.com/quillpost/mailbox-archiver

go 1.22

require (
	github.com/emersion/go-imap v1.2.1
	github.com/hirochachacha/go-smb2 v1.1.0
	github.com/jlaffaye/ftp v0.2.0
	github.com/jmoiron/sqlx v1.3.5
	github.com/lib/pq v1.10.9
)
