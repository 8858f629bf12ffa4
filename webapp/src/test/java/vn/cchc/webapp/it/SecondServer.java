package vn.cchc.webapp.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A second Liberty server with the same WAR on the same database as the one Arquillian manages, started, stopped and
 * killed by the test itself with Liberty's own {@code server} script: the build creates it (cchc-it-pg2).
 */
final class SecondServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path wlp = Path.of(configured("cchc.it.wlp"));
    private final String name = configured("cchc.it.second.server");
    private final int port = Integer.parseInt(configured("cchc.it.second.http.port"));

    private static String configured(String property) {
        return Objects.requireNonNull(System.getProperty(property), "no " + property + ": the second server is configured"
                + " for the PostgreSQL pass of the tests only (failsafe execution it-postgresql)");
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deploys the build's WAR and starts the server; returns once it answers ready, at most three minutes on. */
    void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    /**
     * The same, with these server variables set over the build's (the database's URL, a MicroProfile Config key): they
     * are written to {@code configDropins/overrides}, whose {@code value}s win over bootstrap.properties, server.env
     * and the defaults of server.xml. A start without any removes those of an earlier start.
     */
    void start(Map<String, String> variables) throws IOException, InterruptedException {
        Path server = wlp.resolve("usr/servers").resolve(name);
        Path overrides = server.resolve("configDropins/overrides/it-variables.xml");
        if (variables.isEmpty()) {
            Files.deleteIfExists(overrides);
        } else {
            StringBuilder xml = new StringBuilder("<server>\n");
            new TreeMap<>(variables).forEach((variable, value) -> xml.append("    <variable name=\"").append(escaped(variable))
                    .append("\" value=\"").append(escaped(value)).append("\"/>\n"));
            Files.createDirectories(overrides.getParent());
            Files.writeString(overrides, xml.append("</server>\n"));
        }
        Path dropins = Files.createDirectories(server.resolve("dropins"));
        Files.copy(Path.of(System.getProperty("cchc.war")), dropins.resolve("cchc-monitor.war"), StandardCopyOption.REPLACE_EXISTING);
        run("start");
        Instant deadline = Instant.now().plusSeconds(180);
        while (!ready()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the second server " + name + " was not ready after three minutes");
            }
            Thread.sleep(500);
        }
    }

    void stop() throws IOException, InterruptedException {
        run("stop");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** Ends the server's process at once, as a crash would: nothing of the application runs after it. */
    void kill() throws IOException, InterruptedException {
        String pid = Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).strip();
        Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("could not kill the second server (pid " + pid + ")");
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(String command) throws IOException, InterruptedException {
        Process server = new ProcessBuilder(wlp.resolve("bin/server").toString(), command, name).inheritIO().start();
        if (!server.waitFor(120, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            throw new IllegalStateException("server " + command + " " + name + " did not return in two minutes");
        }
    }
}
