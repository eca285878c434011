package com.shop.utils

object AppConstants {
    object DataBaseTransaction {
        const val FOUND = 1
        const val NOT_FOUND = 2
    }

    object SmtpServer {
        const val HOST_NAME = "smtp.mail.shop-mailer.net" // tfl-eval: hardcoded-backing-service
        const val PORT = 465
        const val DEFAULT_AUTH_EMAIL = "noreply@shop-mailer.net"
        const val EMAIL_SUBJECT = "Password reset"
    }

    object Image {
        const val PROFILE_IMAGE_LOCATION = "src/main/resources/profile-image/"
    }
}
