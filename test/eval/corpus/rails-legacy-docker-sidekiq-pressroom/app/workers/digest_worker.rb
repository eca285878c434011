class DigestWorker
  include Sidekiq::Worker
  sidekiq_options queue: :digests, retry: 3

  def perform(subscriber_id)
    subscriber = Subscriber.find(subscriber_id)
    DigestMailer.weekly(subscriber).deliver_now
    logger.info "digest sent to subscriber #{subscriber_id}"
  end
end
