package dev.crmkit.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The board's static files, {@code board.js}, {@code board.css} and {@code favicon.svg}, read once from the classpath
 * ({@code dev/crmkit/examples/web/}). Only these names are served, so a request path never reaches the class
 * loader.
 */
final class StaticAssets {
    /** A static file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> assets;

    private StaticAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /**
     * Loads the files.
     *
     * @throws UncheckedIOException when a file is missing from the classpath
     */
    static StaticAssets load() {
        return new StaticAssets(Map.of(
                "board.js", new Asset(read("board.js"), "text/javascript; charset=utf-8"),
                "board.css", new Asset(read("board.css"), "text/css; charset=utf-8"),
                "favicon.svg", new Asset(read("favicon.svg"), "image/svg+xml")));
    }

    /** The file of this name, or empty for any other name. */
    Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource dev/crmkit/examples/web/" + name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
