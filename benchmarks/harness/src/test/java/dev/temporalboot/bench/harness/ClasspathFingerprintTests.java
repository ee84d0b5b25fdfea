package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathFingerprintTests {

  @TempDir Path dir;

  @Test
  void aRebuiltJarOrClassChangesTheFingerprintAndNothingElseDoes() throws Exception {
    Path jar = Files.writeString(this.dir.resolve("app.jar"), "jar");
    Path classes = Files.createDirectories(this.dir.resolve("classes"));
    Path type = Files.writeString(classes.resolve("A.class"), "a");
    Files.setLastModifiedTime(type, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(classes, FileTime.fromMillis(1_000_000));
    String classpath = classes + File.pathSeparator + jar;
    String before = ClasspathFingerprint.of(classpath);
    assertEquals(before, ClasspathFingerprint.of(classpath));
    Files.setLastModifiedTime(type, FileTime.fromMillis(2_000_000));
    String classRebuilt = ClasspathFingerprint.of(classpath);
    assertNotEquals(before, classRebuilt);
    Files.writeString(jar, "rebuilt jar");
    assertNotEquals(classRebuilt, ClasspathFingerprint.of(classpath));
  }
}
