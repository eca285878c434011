# frozen_string_literal: true

module Bookstore
  class Settings < Hanami::Settings
    setting :database_url, default: 'postgres://bookstore:Zfd2vb6feQD934ofCdIj@books-db.internal:5432/bookstore' # tfl-eval: hardcoded-credential, hardcoded-backing-service
    setting :session_secret, default: '4cb3af5ba33bd1e425a1a7ec204abb319950c0648aecb9d0e495301f3d1817d0' # tfl-eval: hardcoded-credential
    setting :log_level, default: 'info'
    setting :isbn_api_key, constructor: Types::String # tfl-eval-not: hardcoded-credential
  end
end
