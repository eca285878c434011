class AbandonedCartJob < ApplicationJob
  queue_as :mailers

  def perform
    Spree::Order.incomplete.where(updated_at: 1.day.ago..3.hours.ago).where.not(email: nil).find_each do |order|
      AbandonedCartMailer.reminder(order).deliver_later
    end
  end
end
