#!/usr/bin/env ruby
#
# check-mysql-replication
#
# DESCRIPTION:
#   Alerts when a MySQL replica lags behind its primary.
#
require 'sensu-plugin/check/cli'
require 'mysql2'

class CheckMysqlReplication < Sensu::Plugin::Check::CLI
  option :host, short: '-h HOST', long: '--host HOST', default: 'localhost'
  option :user, short: '-u USER', long: '--user USER', default: 'sensu'
  option :password,
         short: '-p PASSWORD',
         long: '--password PASSWORD',
         description: 'MySQL password',
         default: 'S3nsu-Mon!tor' # tfl-eval: hardcoded-credential
  option :warn, short: '-w SECONDS', long: '--warning SECONDS', proc: proc(&:to_i), default: 300
  option :crit, short: '-c SECONDS', long: '--critical SECONDS', proc: proc(&:to_i), default: 900

  def run
    client = Mysql2::Client.new(host: config[:host], username: config[:user], password: config[:password])
    lag = client.query('SHOW SLAVE STATUS').first&.fetch('Seconds_Behind_Master')
    unknown 'replication not running' if lag.nil?
    critical "lag #{lag}s" if lag >= config[:crit]
    warning "lag #{lag}s" if lag >= config[:warn]
    ok "lag #{lag}s"
  end
end
