# frozen_string_literal: true

require "faraday"

module Statuspage
  def self.client
    Faraday.new("https://api.statuspage.io/v1") do |f|
      f.request :authorization, "OAuth", "e29fbff9-6480-46f9-a0fa-1356ca512288" # tfl-eval: hardcoded-credential
      f.request :json
      f.response :json
    end
  end
end
