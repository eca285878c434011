require_relative "app/api/coupons"
run API::Coupons
