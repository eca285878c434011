# frozen_string_literal: true

require "discordrb"
require "telegram/bot"
require "gibbon"

module Relay
  module Bots
    DISCORD_TOKEN = "MTE3NDk4MjM0NTY3ODkwMTIzNA.GhK2pQ.x7Vb3Nq9Lm1Rt5Yw8Zc2Dk4Fj6Hs0Pa3Ue7Io" # tfl-eval: hardcoded-credential

    def self.discord
      @discord ||= Discordrb::Bot.new(token: DISCORD_TOKEN, intents: [:server_messages])
    end

    def self.telegram(&block)
      Telegram::Bot::Client.run("6918273645:AAHq7Xk2Pz9Lm4Nv8Rb1Tc6Wd3Fy5Gs0JhQ", &block) # tfl-eval: hardcoded-credential
    end

    def self.mailchimp
      Gibbon::Request.new(api_key: "e3b7a91c4d2f86051b9e7c3a2d4f6b81-us21") # tfl-eval: hardcoded-credential
    end

    def self.staging_telegram(&block)
      Telegram::Bot::Client.run(ENV.fetch("TELEGRAM_STAGING_TOKEN"), &block)
    end
  end
end
