package shop

import com.typesafe.config.ConfigFactory
import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

object Encryptor {
  private val conf = ConfigFactory.load().getConfig("encryptor")

  def key(salt: Array[Byte]): Array[Byte] = {
    val spec = new PBEKeySpec(conf.getString("secret_key").toCharArray, salt, conf.getInt("iterations"), 256)
    SecretKeyFactory.getInstance(conf.getString("algorithm")).generateSecret(spec).getEncoded
  }
}
