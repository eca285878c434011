class ReminderJob < ApplicationJob
  queue_as :reminders

  def perform(reservation_id)
    reservation = Reservation.find(reservation_id)
    ReservationMailer.reminder(reservation).deliver_now
  end
end
