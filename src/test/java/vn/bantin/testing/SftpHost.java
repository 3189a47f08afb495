package vn.bantin.testing;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;

/**
 * A real SFTP server on 127.0.0.1 (Apache MINA SSHD) with one password account, whose "/" is a local
 * folder. It negotiates like a current OpenSSH server (8.8 and later): an RSA host key signed only with
 * rsa-sha2-256/512, never SHA-1 {@code ssh-rsa}, and no SHA-1 key exchange, which is exactly what the
 * JSch 0.1.55 bundled with wagon-ssh cannot talk to.
 */
public final class SftpHost implements AutoCloseable {
    public static final String USER = "bantin";
    public static final String PASSWORD = "mat-khau-thu";

    private final SshServer server;
    private final Path root;
    private final PublicKey hostKey;

    private SftpHost(SshServer server, Path root, PublicKey hostKey) {
        this.server = server;
        this.root = root;
        this.hostKey = hostKey;
    }

    /** Starts a server on a free loopback port serving {@code root}, its host key generated into {@code hostKeyFile}. */
    public static SftpHost start(Path root, Path hostKeyFile) {
        try {
            Files.createDirectories(root);
            SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
            hostKeys.setAlgorithm(KeyUtils.RSA_ALGORITHM);
            hostKeys.setKeySize(3072);
            PublicKey hostKey = hostKeys.loadKeys(null).get(0).getPublic();

            // A client that refuses the host key hangs up mid-handshake, which the server logs as a WARN: expected
            // here. slf4j-simple reads a logger's level when the logger is made: before the server makes its own.
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "error");
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(hostKeys);
            server.setSignatureFactories(server.getSignatureFactories().stream()
                    .filter(signature -> !List.of("ssh-rsa", "ssh-dss").contains(signature.getName())).toList());
            server.setKeyExchangeFactories(server.getKeyExchangeFactories().stream()
                    .filter(kex -> !kex.getName().endsWith("-sha1")).toList());
            server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
            server.setKeyboardInteractiveAuthenticator(null);
            server.setPublickeyAuthenticator(null);
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.start();
            return new SftpHost(server, root, hostKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The local folder the server shows as "/". */
    public Path root() {
        return root;
    }

    /** This server's line for {@code ~/.ssh/known_hosts}, as {@code ssh-keyscan -p PORT 127.0.0.1} prints it. */
    public String knownHostsLine() {
        return knownHostsLine(hostKey);
    }

    /** A {@code known_hosts} line claiming this server's address for another RSA key: what a man in the middle looks like. */
    public String impostorKnownHostsLine() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return knownHostsLine(generator.generateKeyPair().getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String knownHostsLine(PublicKey key) {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key) + "\n";
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
