package vn.cchc.webapp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The key pair the tests sign their JWTs with, made anew for every test run before the test server starts: the
 * server reads the public key where mp.jwt.verify.publickey.location points (cchc.it.jwt.key).
 */
public final class TestKeys implements LauncherSessionListener {

    private static KeyPair pair;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String location = System.getProperty("cchc.it.jwt.key");
        if (location != null) { // the integration tests' run; unit test runs need no key
            trusted();
            writePublicKey(Path.of(location));
        }
    }

    /** The pair whose public key the server trusts. */
    static synchronized KeyPair trusted() {
        if (pair == null) {
            pair = newPair();
        }
        return pair;
    }

    static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePublicKey(Path location) {
        try {
            Files.createDirectories(location.getParent());
            Files.writeString(location, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(trusted().getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
