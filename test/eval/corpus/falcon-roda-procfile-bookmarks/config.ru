require_relative 'lib/bookmarks'
run Bookmarks.freeze.app
