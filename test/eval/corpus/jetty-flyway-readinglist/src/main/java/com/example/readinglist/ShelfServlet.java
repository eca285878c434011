package com.example.readinglist;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;

public class ShelfServlet extends HttpServlet {
    private final DataSource ds;

    public ShelfServlet(DataSource ds) {
        this.ds = ds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object owner = req.getSession().getAttribute("userId");
        if (owner == null) {
            resp.sendError(401);
            return;
        }
        try (var conn = ds.getConnection();
             var stmt = conn.prepareStatement("SELECT title FROM books WHERE owner_id = ? ORDER BY title")) {
            stmt.setLong(1, (Long) owner);
            var rs = stmt.executeQuery();
            resp.setContentType("text/plain");
            while (rs.next()) {
                resp.getWriter().println(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
