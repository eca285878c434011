module Ops
  class DashboardController < ApplicationController
    OPS_GATE = "sVefTmHfZDCGsQ2E" # tfl-eval: hardcoded-credential

    http_basic_authenticate_with name: "ops", password: OPS_GATE

    def show
      @queues = Sidekiq::Queue.all
    end
  end
end
