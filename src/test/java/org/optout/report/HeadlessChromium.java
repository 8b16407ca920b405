package org.optout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run on a local file: offline (no network is needed, and the page's policy forbids
 * any load), with a profile of its own, killed with all its children after {@link #TIME_LIMIT_SECONDS}.
 */
final class HeadlessChromium {
    static final int TIME_LIMIT_SECONDS = 60;
    private final Path executable;
    private final Path profile;

    private HeadlessChromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** Chromium from the PATH; fails the test (never skips it) when it is not installed. */
    static HeadlessChromium find(Path profile) {
        return find(System.getenv().getOrDefault("PATH", ""), profile);
    }

    /** Chromium from the folders of {@code path}, or a failed test naming the package to install. */
    static HeadlessChromium find(String path, Path profile) {
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return new HeadlessChromium(candidate, profile);
                }
            }
        }
        return fail("headless Chromium is needed to check the campaign report page, and no 'chromium' is on the "
                + "PATH: install Debian's package chromium (apt-get install chromium)");
    }

    /** Takes a screenshot of {@code page} in a window of {@code width} × {@code height}. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, "--screenshot=" + png, "--window-size=" + width + "," + height);
        assertThat(png).as("Chromium's screenshot").isRegularFile();
    }

    /** The page's DOM as Chromium parsed it. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    private String run(Path page, String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Set<ProcessHandle> family = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
        try {
            // the children are only reachable while the parent lives: note them as they come
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(family::add);
                if (System.nanoTime() > deadline) {
                    fail("Chromium did not finish within " + TIME_LIMIT_SECONDS + " s on " + page);
                }
            }
        } finally {
            process.descendants().forEach(family::add);
            family.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its errors: %s",
                Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
