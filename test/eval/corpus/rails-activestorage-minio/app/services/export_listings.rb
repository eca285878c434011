require "csv"

class ExportListings
  def call(owner_id)
    csv = CSV.generate { |out| Listing.where(owner_id: owner_id).find_each { |l| out << [l.id, l.title] } }
    EXPORTS.put_object(bucket: "exports", key: "#{owner_id}/listings.csv", body: csv)
  end
end
