class ReservationsController < ApplicationController
  # Party sizes the form offers; a frozen constant.
  PARTY_SIZES = { "s" => 2, "m" => 4, "l" => 8 }.freeze # tfl-eval-not: memory-session-store

  def create
    reservation = Reservation.create!(reservation_params.merge(guest_id: session[:guest_id]))
    session[:last_reservation_id] = reservation.id
    ReminderJob.set(wait_until: reservation.starts_at - 2.hours).perform_later(reservation.id)
    redirect_to reservation
  end

  private

  def reservation_params
    params.require(:reservation).permit(:restaurant_id, :starts_at, :party_size)
  end
end
