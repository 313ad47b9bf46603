package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class HostCheckTest {
    @Test
    void loopbackServerAnswersOnlyForLoopbackNamesWithItsPort() throws UnknownHostException {
        HostCheck check = HostCheck.forBinding(InetAddress.getByName("127.0.0.1"), "127.0.0.1", 8080);

        assertThat(check.accepts("localhost:8080")).isTrue();
        assertThat(check.accepts("LOCALHOST:8080")).isTrue();
        assertThat(check.accepts("127.0.0.1:8080")).isTrue();
        assertThat(check.accepts("[::1]:8080")).isTrue();
        assertThat(check.accepts("localhost:8081")).isFalse();
        assertThat(check.accepts("localhost")).isFalse();
        assertThat(check.accepts("evil.example:8080")).isFalse();
        assertThat(check.accepts(null)).isFalse();
    }

    @Test
    void theDefaultPortMayBeLeftOut() throws UnknownHostException {
        HostCheck check = HostCheck.forBinding(InetAddress.getByName("127.0.0.1"), "127.0.0.1", 80);

        assertThat(check.accepts("localhost")).isTrue();
        assertThat(check.accepts("localhost:80")).isTrue();
    }

    @Test
    void aServerOnEveryInterfaceAcceptsAnyHost() throws UnknownHostException {
        HostCheck check = HostCheck.forBinding(InetAddress.getByName("0.0.0.0"), "0.0.0.0", 8080);

        assertThat(check.accepts("crm.example.com")).isTrue();
    }
}
