package shop.kart.payment

import com.paypal.core.PayPalEnvironment
import com.paypal.core.PayPalHttpClient
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service

@Service
class PayPalGateway(
    @Value("\${paypal.client-id}") private val clientId: String,
    @Value("\${paypal.client-secret:fGPTSAHf271Tl2uqoDSYF0aBfwhGgGbszFDCb4F3}") private val clientSecret: String, // tfl-eval: hardcoded-credential
) {
    private val client by lazy { PayPalHttpClient(PayPalEnvironment.Live(clientId, clientSecret)) }

    fun sandbox(): PayPalHttpClient =
        PayPalHttpClient(PayPalEnvironment.Sandbox("H41dOGivs0u6HqaLgcmVksvZNG749X5Tu50S7PVByAlAPBuCaP0IWd5DPC81", "0FjhiaaNeaO0P0Gosd6BbACk8jCt7HICvAqiAInTF68sljHJb293GAPuYvqx")) // tfl-eval: hardcoded-credential

    companion object {
        private val WEBHOOK_ID = "8PT597110X687430LKGECATA"
        private val partnerSecret = "cPCwjuTEdyHnYPlMitb1ZeM9YKsKOabqoE1v" // tfl-eval: hardcoded-credential
    }
}
