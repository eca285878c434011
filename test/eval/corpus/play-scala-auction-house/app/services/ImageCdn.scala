package services

import play.api.libs.ws.WSClient
import javax.inject.Inject
import scala.concurrent.Future

class ImageCdn @Inject() (ws: WSClient) {
  private val ApiToken = "9Hh2N39Z3CtqkwJxjc0w7Jg7mCHTPlgTpul6yi8v" // tfl-eval: hardcoded-credential
  private val BaseUrl = "https://api.imagekit.io/v1/files"
  private val PasswordHint = "Use at least 12 characters" // tfl-eval-not: hardcoded-credential

  def upload(name: String, bytes: Array[Byte]): Future[String] =
    ws.url(BaseUrl)
      .withAuth(ApiToken, "", play.api.libs.ws.WSAuthScheme.BASIC)
      .post(bytes)
      .map(_.body)(scala.concurrent.ExecutionContext.global)

  def env(name: String): String = sys.env.getOrElse(name, "") // tfl-eval-not: hardcoded-credential
}
