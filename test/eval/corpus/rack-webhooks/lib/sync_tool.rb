#!/usr/bin/env ruby
require "logger"
require "optparse"

options = {}
OptionParser.new { |o| o.on("-l", "--log FILE") { |f| options[:log] = f } }.parse!
LOG = options[:log] ? Logger.new(options[:log]) : Logger.new($stdout) # tfl-eval-not: file-logger
LOG.info("sync")
