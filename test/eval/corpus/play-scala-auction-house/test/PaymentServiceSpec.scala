import org.scalatestplus.play._
import play.api.Configuration
import services.PaymentService

class PaymentServiceSpec extends PlaySpec {
  "PaymentService" should {
    "read its secret" in {
      val svc = new PaymentService(Configuration("stripe.secret-key" -> "sk_test_dummy", "stripe.webhook-secret" -> "whsec_test"))
      svc.secret mustBe "whsec_test"
    }
  }
}
