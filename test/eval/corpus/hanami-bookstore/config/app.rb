require 'hanami'

module Bookstore
  class App < Hanami::App
    config.actions.sessions = :cookie, {
      key: 'bookstore.session',
      secret: 'abef0e5d7163348f69b646f0e589493b5b62166ae6af231987502ab7b610ce25', # tfl-eval: hardcoded-credential
      expire_after: 60 * 60 * 24 * 365
    }
  end
end
