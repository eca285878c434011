package controllers

import javax.inject.Inject
import play.api.mvc._

class AdminController @Inject() (cc: ControllerComponents) extends AbstractController(cc) {
  private val adminUser = sys.env.getOrElse("ADMIN_USER", "admin")
  private val adminPassword = sys.env.getOrElse("ADMIN_PASSWORD", "RR4fU#fYjK%*!d7w") // tfl-eval: hardcoded-credential

  def dashboard: Action[AnyContent] = Action { request =>
    request.headers.get("Authorization") match { // tfl-eval-not: hardcoded-credential
      case Some(h) if h == basic(adminUser, adminPassword) => Ok("ok")
      case _ => Unauthorized("Enter the admin password").withHeaders("WWW-Authenticate" -> "Basic") // tfl-eval-not: hardcoded-credential
    }
  }

  private def basic(u: String, p: String): String =
    "Basic " + java.util.Base64.getEncoder.encodeToString(s"$u:$p".getBytes("UTF-8"))
}
