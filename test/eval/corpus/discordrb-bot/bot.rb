require 'discordrb'
require 'dotenv/load'
require_relative 'lib/twitch'
require_relative 'lib/quotes'

bot = Discordrb::Commands::CommandBot.new(
  token: 'vnn8HwjvZPflrxpFTKQvXNTw.kP-BNR.iGf9658P_LAwtvnU7fpozl3p5_8acWn3mK6FTb', # tfl-eval: hardcoded-credential
  client_id: 467598748294937021,
  prefix: '!'
)

bot.command(:live, description: 'Is the stream live?') do |event|
  stream = Twitch.stream('hollowcraft')
  stream ? "Live now: #{stream['title']} (#{stream['viewer_count']} watching)" : 'Offline right now.'
end

bot.command(:quote) { |_event| Quotes.random }

bot.command(:reset_password, help_available: false) do |event|
  event.respond 'Password resets happen on the website, never in Discord. Nobody here will ask for your password.'
end

at_exit { bot.stop }
bot.run
