module Parcels
  module Actions
    module Parcels
      class Show < Parcels::Action
        include Deps["repos.parcel_repo"]

        def handle(request, response)
          parcel = parcel_repo.by_tracking(request.params[:tracking])
          response.format = :json
          response.body = parcel.to_h.to_json
        end
      end
    end
  end
end
