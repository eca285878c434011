require_relative 'app'
run KioskApp
