class ConfirmBookingJob < ApplicationJob
  queue_as :default

  def perform(booking_id)
    booking = Booking.find(booking_id)
    PaymentClient.new.charge(booking)
    BookingMailer.confirmed(booking).deliver_later
  end
end
