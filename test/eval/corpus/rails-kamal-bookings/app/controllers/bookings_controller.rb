class BookingsController < ApplicationController
  HOLD_MINUTES = 10
  TOKEN_PARAM = :booking_token

  # Seats held while the guest checks out, by session.
  @@held_seats = {} # tfl-eval: memory-session-store

  def hold
    @@held_seats[session.id.to_s] = params.require(:seat_ids)
    head :accepted
  end

  def create
    booking = Booking.create!(booking_params.merge(seat_ids: @@held_seats.delete(session.id.to_s)))
    ConfirmBookingJob.perform_later(booking.id)
    redirect_to booking
  end

  private

  def booking_params
    params.require(:booking).permit(:event_id, :email)
  end
end
