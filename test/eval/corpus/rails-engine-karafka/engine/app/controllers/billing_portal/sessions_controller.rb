module BillingPortal
  class SessionsController < ApplicationController
    def create
      customer = Customer.find_by(portal_token: params.require(BillingPortal::TOKEN_PARAM))
      if customer
        session[BillingPortal.session_key] = customer.id
        redirect_to invoices_path
      else
        flash[:alert] = t("billing_portal.sessions.invalid_token")
        redirect_to root_path
      end
    end

    def destroy
      reset_session
      redirect_to root_path, notice: t("billing_portal.sessions.signed_out")
    end
  end
end
