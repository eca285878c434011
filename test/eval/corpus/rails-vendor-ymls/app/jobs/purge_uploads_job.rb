class PurgeUploadsJob
  include Sidekiq::Job

  def perform
    Upload.where("created_at < ?", 30.days.ago).find_each(&:destroy)
  end
end
