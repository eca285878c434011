#!/usr/bin/env ruby
require 'cinch'
require_relative 'plugins/karma'
require_relative 'plugins/github_issues'

bot = Cinch::Bot.new do
  configure do |c|
    c.server = "irc.libera.chat"
    c.port = 6697
    c.ssl.use = true
    c.nick = "quillbot"
    c.user = "quillbot"
    c.realname = "Quill project bot"
    c.sasl.username = "quillbot"
    c.sasl.password = "n1ckserv-quill-77" # tfl-eval: hardcoded-credential
    c.channels = ["#quill", "#quill-dev"]
    c.plugins.plugins = [Karma, GithubIssues]
    c.plugins.options[GithubIssues] = {
      repo: "quill-lang/quill",
      token: "ghp_M8HdiYFtzjE74lzl6Z1Zn5N12HTkZMIhYkoT" # tfl-eval: hardcoded-credential
    }
  end

  on :message, /^!help$/ do |m|
    m.reply "commands: !karma <nick>, !issue <number>"
  end
end

bot.loggers.level = :info
bot.start
