package edu.campus.library.web;

import jakarta.servlet.*;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebFilter("/api/*")
public class ApiKeyFilter implements Filter {
    private static final String VALID_API_KEY = "FTgLTaiUOTBrcslPXb2t"; // tfl-eval: hardcoded-credential
    private static final String EXPECTED_HEADER = "X-Api-Key"; // tfl-eval-not: hardcoded-credential
    private static final int VALID_PASSWORD_MIN = 8;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String key = ((HttpServletRequest) req).getHeader(EXPECTED_HEADER);
        String fromEnv = System.getenv("LIBRARY_API_KEY");
        if (!VALID_API_KEY.equals(key) && (fromEnv == null || !fromEnv.equals(key))) {
            ((HttpServletResponse) res).sendError(401, "Invalid API key");
            return;
        }
        chain.doFilter(req, res);
    }
}
