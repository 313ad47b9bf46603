package dev.crmkit.examples.web;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Accepts only requests whose {@code Host} header names the server itself, which defeats DNS rebinding: a page
 * on {@code evil.example} whose name is re-pointed at 127.0.0.1 still sends {@code Host: evil.example} and is
 * refused, so it can neither read a page (and its form token) nor post. A server bound to every interface
 * ({@code 0.0.0.0} or {@code ::}) cannot know its public names and accepts any host.
 */
final class HostCheck {
    private final Optional<Set<String>> allowed;

    private HostCheck(Optional<Set<String>> allowed) {
        this.allowed = allowed;
    }

    /** The check for a server bound to {@code bindAddress} and listening on {@code port}. */
    static HostCheck forBinding(InetAddress bindAddress, String bindHost, int port) {
        if (bindAddress.isAnyLocalAddress()) {
            return new HostCheck(Optional.empty());
        }
        String host = bindHost.toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        Set<String> names = new HashSet<>(Set.of(host));
        if (bindAddress.isLoopbackAddress()) {
            names.addAll(Set.of("localhost", "127.0.0.1", "[::1]"));
        }
        Set<String> accepted = new HashSet<>();
        for (String name : names) {
            accepted.add(name + ":" + port);
            if (port == 80) {
                // browsers leave the default port out of the Host header
                accepted.add(name);
            }
        }
        return new HostCheck(Optional.of(Set.copyOf(accepted)));
    }

    /** Whether a request with this {@code Host} header value may be served. */
    boolean accepts(String hostHeader) {
        if (allowed.isEmpty()) {
            return true;
        }
        return hostHeader != null && allowed.get().contains(hostHeader.toLowerCase(Locale.ROOT));
    }
}
