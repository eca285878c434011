package io.vulnblog;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LoginControllerTest {

  @Autowired MockMvc mvc;

  @Test
  void logsIn() throws Exception {
    mvc.perform(post("/login").param("username", "editor").param("password", "ed1tor-blog-pw")).andExpect(status().is3xxRedirection()); // tfl-eval-not: hardcoded-credential
  }
}
