class DispatchJob
  include Sidekiq::Job
  sidekiq_options queue: :dispatch, retry: 5

  def perform(route_id)
    Route.find(route_id).dispatch!
  end
end
