class Shift < ApplicationRecord
  belongs_to :member
  validates :starts_at, :ends_at, presence: true

  after_commit :announce, on: :create

  private

  def announce
    ShiftAnnouncer.perform_later(id)
  end
end
