# frozen_string_literal: true

class DispatchReportJob < ApplicationJob
  queue_as :default

  def perform(date)
    Appsignal.instrument('dispatch.report') do
      Report.build_for(date).deliver_later
    end
  rescue StandardError => e
    Rollbar.error(e, date: date)
    raise
  end
end
