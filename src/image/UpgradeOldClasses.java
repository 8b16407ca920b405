import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build-time tool of the application image (run by build-image.sh with the image's JDK, 24 or later, as a
 * source-file program): rewrites, inside the image's copy of the jar, the classes compiled for Java 5 or older
 * (picocli's, class-file version 49) as version 52 classes with stack maps, the same bytecode otherwise.
 *
 * <p>Why: the JVM verifies such old classes with the old verifier, whose checks it cannot record, so it never
 * stores them in an AOT cache or CDS archive ("Old class has been linked"), nor the classes that implement their
 * interfaces; every run then reads and verifies them from the jar again. With stack maps they are verified the
 * modern way, and the training run's cache keeps them.
 *
 * <pre>java UpgradeOldClasses.java JAR</pre>
 * Prints how many classes it rewrote.
 */
public final class UpgradeOldClasses {
    /** The oldest version verified by type checking (Java 6 falls back to the old verifier on failure). */
    private static final int TARGET_MAJOR = ClassFile.JAVA_8_VERSION;
    private static final int FIRST_TYPE_CHECKED_MAJOR = ClassFile.JAVA_6_VERSION;

    private UpgradeOldClasses() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path root = zip.getPath("/");
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(desc -> open(root, desc)))));
            List<Path> classes;
            try (Stream<Path> files = Files.walk(root)) {
                // versioned entries (META-INF/versions/N) are for Java 9 or later already
                classes = files.filter(f -> f.toString().endsWith(".class") && !f.startsWith("/META-INF")).toList();
            }
            int upgraded = 0;
            for (Path file : classes) {
                byte[] bytes = Files.readAllBytes(file);
                ClassModel model = classFile.parse(bytes);
                if (model.majorVersion() < FIRST_TYPE_CHECKED_MAJOR) {
                    Files.write(file, classFile.transformClass(model, upgrade()));
                    upgraded++;
                }
            }
            System.out.println("class files upgraded to version " + TARGET_MAJOR + " with stack maps: " + upgraded);
        }
    }

    /** The version changed, and every method body rebuilt so that its stack maps are generated. */
    private static ClassTransform upgrade() {
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(TARGET_MAJOR, 0);
            } else {
                builder.with(element);
            }
        };
        return version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
    }

    private static InputStream open(Path root, ClassDesc desc) {
        String descriptor = desc.descriptorString();
        Path file = root.resolve(descriptor.substring(1, descriptor.length() - 1) + ".class");
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
