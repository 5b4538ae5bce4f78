package org.newskg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Serves the workbench pages and their files from the class path ({@code /web/...} in the jar): the pages
 * {@code /} (SPARQL editor), {@code /graph} and {@code /entity/...}, our scripts and styles under
 * {@code /assets/}, and the npm-installed libraries under {@code /vendor/} (absent when the build had no npm:
 * the pages then say so). Pages carry a Content-Security-Policy that lets them load nothing from elsewhere.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Nothing is loaded or sent anywhere but this server. Inline styles are needed by the editor and the graph. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final String page;

    /** @param page the HTML page served for every path of this mapping, or null to serve files by path */
    AssetServlet(String page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String resource;
        if (page != null) {
            resource = "/web/" + page;
        } else {
            String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
            if (path.contains("..") || path.contains("//") || path.contains("\\")) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad path");
                return;
            }
            resource = "/web" + path;
        }
        InputStream in = AssetServlet.class.getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, resource.startsWith("/web/vendor/")
                    ? "editor assets not installed (the build had no npm; see web/README.md)" : "not found");
            return;
        }
        try (in) {
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("Referrer-Policy", "no-referrer");
            resp.setHeader("Cache-Control", resource.startsWith("/web/vendor/") ? "max-age=86400" : "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** True when the class path holds a file of the workbench. */
    static boolean present(String pathBelowWeb) {
        return AssetServlet.class.getResource("/web/" + pathBelowWeb) != null;
    }
}
