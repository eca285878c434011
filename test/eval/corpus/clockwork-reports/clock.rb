require 'clockwork'
require 'active_support/time'
require_relative 'lib/reports'

module Clockwork
  configure do |config|
    config[:tz] = 'Europe/Berlin'
    config[:logger] = Logger.new($stdout)
  end

  every(1.day, 'reports.daily', at: '06:30') { Reports.daily }
  every(1.week, 'reports.weekly', at: 'Monday 07:00') { Reports.weekly }
end
