class ReceiptMailer < ApplicationMailer
  def paid(order)
    @order = order
    mail(to: order.email, subject: "Your receipt")
  end
end
