package lab.ctf.bootstrap

import lab.ctf.users.Player
import lab.ctf.users.PlayerRepository
import org.springframework.boot.ApplicationRunner
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Profile
import org.springframework.security.crypto.password.PasswordEncoder

@Configuration
@Profile("local")
class SampleDataLoader {

    @Bean
    fun loadPlayers(players: PlayerRepository, encoder: PasswordEncoder) = ApplicationRunner {
        players.save(Player(name = "ctf-admin", password = encoder.encode("flag{admin}"), admin = true)) // tfl-eval-not: hardcoded-credential
        players.save(Player(name = "player1", password = encoder.encode("player-one-pw"))) // tfl-eval-not: hardcoded-credential
    }
}
