package dev.flinkctl.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltJarTest {

    @TempDir
    Path tmp;

    @Test
    void shouldDigestTheFilesBytesAsSha256sumDoes() throws IOException {
        // printf 'hello\n' | sha256sum; printf '' | sha256sum
        Path hello = Files.writeString(tmp.resolve("hello.txt"), "hello\n");
        Path empty = Files.createFile(tmp.resolve("empty"));

        assertThat(BuiltJar.of(hello)).isEqualTo(new BuiltJar(hello,
                "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", 6, null));
        assertThat(BuiltJar.of(empty).sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void shouldReadTheMainClassFromTheManifest() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.Job");
        Path jar = tmp.resolve("job.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            // the manifest alone
        }

        BuiltJar built = BuiltJar.of(tmp.resolve(".").resolve("job.jar"));

        assertThat(built.path()).isEqualTo(jar);
        assertThat(built.mainClass()).isEqualTo("com.example.Job");
        assertThat(built.sizeBytes()).isEqualTo(Files.size(jar));
        assertThat(built.sha256()).hasSize(64).matches("[0-9a-f]+");
    }
}
