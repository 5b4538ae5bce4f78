package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newskg.InvalidInputException;

/**
 * Refuses (403) a request whose {@code Host} header names anything but the loopback — {@code 127.0.0.1},
 * {@code localhost}, {@code [::1]}, each with any port — or a host of {@code serve --allow-host}. A page of another
 * site whose name was rebound to 127.0.0.1 (DNS rebinding) sends its own name as {@code Host}, so it cannot read the
 * server. A request without {@code Host} (HTTP/1.0, not a browser) passes.
 */
final class HostFilter implements Filter {
    static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
            + "|\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+\\]");

    private final Set<String> allowed = new TreeSet<>();

    HostFilter(List<String> extra) {
        allowed.addAll(LOOPBACK);
        allowed.addAll(extra);
    }

    /** An {@code --allow-host} value, lower-cased: a DNS name, an IPv4 address or a bracketed IPv6 address, no port. */
    static String checkAllowed(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(h).matches())
            throw new InvalidInputException("--allow-host " + host, "not a host name (e.g. kg.example.org, 192.168.1.5 or [fe80::1]; no port)");
        return h;
    }

    /** True when the Host header value names an allowed host (with or without a port). */
    boolean accepts(String hostHeader) {
        if (hostHeader == null) return true;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        String port = null;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return false;
            name = h.substring(0, end + 1);
            if (end + 1 < h.length()) {
                if (h.charAt(end + 1) != ':') return false;
                port = h.substring(end + 2);
            }
        } else {
            int colon = h.indexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            if (colon >= 0) port = h.substring(colon + 1);
        }
        if (port != null && !port.matches("\\d{1,5}")) return false;
        if (name.endsWith(".") && name.length() > 1) name = name.substring(0, name.length() - 1); // localhost.
        return allowed.contains(name);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        var hosts = req.getHeaders("Host");
        int n = 0;
        boolean ok = true;
        while (hosts != null && hosts.hasMoreElements()) {
            n++;
            ok &= accepts(hosts.nextElement());
        }
        if (ok && n <= 1) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(("Host not allowed: this server answers to " + String.join(", ", allowed)
                    + " (newskg serve --allow-host NAME adds one)\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
