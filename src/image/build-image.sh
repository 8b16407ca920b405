#!/usr/bin/env bash
# Builds target/image/optout: a self-contained application image whose launcher, bin/optout, starts the shaded jar
# on a trimmed Java runtime with a class archive made here, at build time, by one training run on the samples.
# Run by the `image` profile in pom.xml (package phase); on success it prints only what it skipped.
#
#   build-image.sh JAR VERSION IMAGE_JDK FALLBACK_JDK MODULES OUT_DIR PROFILE
#
# IMAGE_JDK (default Temurin 25) builds the runtime when it has jlink and jpackage, else FALLBACK_JDK (the JDK
# running Maven). A JDK 25 or later gets an AOT cache (-XX:AOTCacheOutput, then -XX:AOTCache in the launcher); an
# older one a dynamic AppCDS archive (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile). Either file lives in
# the image, next to the jar, and is only read. A .deb is made too where dpkg-deb and fakeroot exist (Java 25).
set -euo pipefail

jar=$1 version=$2 image_jdk=$3 fallback_jdk=$4 modules=$5 out=$6 profile=$7

has_tools() { [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jpackage" ] && [ -f "$1/release" ]; }

if [ "$(uname -s)" != Linux ]; then
    # jpackage lays an image out differently elsewhere (a .app bundle on macOS)
    echo "optout image: skipped, made on Linux only (the jar is built)"
    exit 0
fi
if has_tools "$image_jdk"; then
    jdk=$image_jdk
elif has_tools "$fallback_jdk"; then
    jdk=$fallback_jdk
else
    echo "optout image: skipped, no jlink and jpackage in $image_jdk or $fallback_jdk (the jar is built)"
    exit 0
fi
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")

# jpackage wants a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
app_version=${version%%-*}
work=$out/work
rm -rf "$out"
mkdir -p "$work/input"
log=$out/build.log
exec 3>&1
trap 'status=$?; [ $status -ne 0 ] && { echo "optout image: failed, see $log:"; cat "$log"; } >&3; exit $status' EXIT
cp -p "$jar" "$work/input/optout.jar"
if [ "$major" -ge 25 ]; then
    # picocli's classes are Java 5 bytecode, which the JVM never stores in an AOT cache: the image's copy gets them
    # as Java 8 bytecode with stack maps, the same code otherwise (see UpgradeOldClasses.java)
    "$jdk/bin/java" "$(dirname "$0")/UpgradeOldClasses.java" "$work/input/optout.jar" >>"$log" 2>&1
fi

{
    echo "image JDK: $jdk (Java $major)"
    # --include-locales keeps the date and month names of the letter languages; jdk.localedata holds them.
    # java.desktop runs headless: no X11, sound or splash-screen library, hence no dependency on them in the .deb.
    # Compressed modules: 30 MB less, and the same CPU time for a letter (measured), the classes coming from the
    # archive.
    "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,fr,nl,de \
        --exclude-files='**/libawt_xawt.so,**/libjsound.so,**/libsplashscreen.so' \
        --strip-debug --no-header-files --no-man-pages \
        $(command -v objcopy >/dev/null && echo --strip-native-debug-symbols=exclude-debuginfo-files) \
        $([ "$major" -ge 21 ] && echo --compress=zip-6 || echo --compress=2) \
        $([ "$major" -lt 25 ] && echo --generate-cds-archive) --output "$work/runtime"
} >>"$log" 2>&1

if [ "$major" -ge 25 ]; then
    archive=optout.aot
    record=(-XX:AOTCacheOutput)
    use=-XX:AOTCache
else
    archive=optout.jsa
    record=(-XX:ArchiveClassesAtExit)
    use=-XX:SharedArchiveFile
fi
# Measured on 2 cores: with C1 alone a letter takes about 40% less time (wall and CPU) than with C1 + C2, whose
# compilations compete with the main thread. -Xlog sends the JVM's warnings (an archive it cannot use) to stderr,
# not among optout's output on stdout. No hsperfdata file in /tmp. A heap of 256 MB: campaign letters for 10,000
# members then peak at about 290 MB resident (measured; with the default heap, a quarter of the memory, the JVM
# grows to 800 MB for the same work), and a 1,000-member collective complaint still fits.
# Native reflection accessors: the JDK's default builds a method handle for each constructor and method first
# called by reflection (Jackson creating the catalogue's records, picocli, FreeMarker), about 10% of a letter's
# run on 2 cores (sampled); a native call costs a little more per call and nothing to set up.
# Java 22 and later warn on stderr when the SQLite driver loads its native library, at every tracker command,
# unless native access is allowed.
options=("$use=\$APPDIR/$archive" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr
    -Djava.awt.headless=true -Xmx256m -Djdk.reflect.useNativeAccessorOnly=true)
[ "$major" -ge 22 ] && options+=(--enable-native-access=ALL-UNNAMED)
# Measured on 2 cores (15 interleaved runs each): with C1's thresholds scaled by 10, `optout letter linkedin` takes
# 0.44-0.46 s against 0.48-0.49 s (a third fewer methods compiled, 0.1 s less CPU in all), but `campaign letters`
# for 1,000 members 15.6 s against 13.0 s: the launcher scales them for every command but the campaign ones.
one_shot_jit=-XX:CompileThresholdScaling=10
launcher_options=()
for option in "${options[@]}"; do launcher_options+=(--java-options "$option"); done

"$jdk/bin/jpackage" --type app-image --name optout --app-version "$app_version" \
    --input "$work/input" --main-jar optout.jar --main-class org.optout.Main \
    --runtime-image "$work/runtime" "${launcher_options[@]}" --dest "$out" >>"$log" 2>&1

# The training run: the launcher's own runtime, class path and options, a letter from the samples, in a home of
# its own so that no user file is read.
app=$out/optout/lib/app
training=$work/training
mkdir -p "$training/home"
(
    cd "$training"
    env -i PATH=/usr/bin:/bin HOME="$training/home" LANG=C.UTF-8 \
        "$out/optout/lib/runtime/bin/java" "${record[0]}=$app/$archive" "${options[@]:1}" "$one_shot_jit" \
        -cp "$app/optout.jar" org.optout.Main letter linkedin --profile "$profile" --out "$training/letters"
) >>"$log" 2>&1
[ -s "$app/$archive" ] || { echo "no $archive written" >>"$log"; exit 1; }
chmod a-w "$app/$archive"

# The launcher: a shell script that starts the image's java with the same options, replacing the native launcher
# jpackage wrote, which took about 100 ms more per run on 2 cores (measured: 0.57 s against 0.67 s for a letter).
# It finds the image through its own path, symbolic links resolved (/usr/bin/optout -> /opt/optout/bin/optout).
script_options=""
for option in "${options[@]}"; do script_options="$script_options \"${option//'$APPDIR'/'$app_dir'}\""; done
cat >"$out/optout/bin/optout" <<LAUNCHER
#!/bin/sh
# optout $app_version: the image's own Java runtime, its class archive made at build time, the jar. One JVM.
image=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
app_dir=\$image/lib/app
# A command that writes a letter or sends a few ends before most of its methods are hot: compiling fewer of them
# leaves the second core to the command. A campaign's thousands of letters or messages keep the JVM's thresholds.
jit=$one_shot_jit
for arg in "\$@"; do [ "\$arg" = campaign ] && jit=; done
exec "\$image/lib/runtime/bin/java"$script_options \$jit -cp "\$app_dir/optout.jar" org.optout.Main "\$@"
LAUNCHER
chmod 755 "$out/optout/bin/optout"

if [ "$major" -lt 25 ]; then
    # seen with JDK 17: moved to /opt, the image's AppCDS archive no longer matches the jar's path and is ignored
    echo "optout image: no .deb with Java $major (its class archive works only where it was made); Java 25 makes one"
elif command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
    # gzip: dpkg-deb's default, xz, takes minutes on 170 MB and 2 cores
    deb=$out/optout_${app_version}_$(dpkg --print-architecture).deb
    {
        # jpackage makes the package (and its Depends) from the image ...
        DPKG_DEB_COMPRESSOR_TYPE=gzip "$jdk/bin/jpackage" --type deb --app-image "$out/optout" --name optout \
            --app-version "$app_version" --linux-package-name optout --linux-app-category utils --dest "$work" \
            --description "Object to AI training on your personal data under GDPR art. 21, and keep proof."
        # ... but copies the files with new times, and the JVM uses the archive only with the jar it was made
        # with, same time included. So the package is opened, given the image's times back and an optout on
        # the PATH, and closed again.
        dpkg-deb --raw-extract "$work"/optout_*.deb "$work/deb"
        (cd "$out/optout" && find . -type f -exec touch -r '{}' "$work/deb/opt/optout/{}" ';')
        mkdir -p "$work/deb/usr/bin"
        ln -s /opt/optout/bin/optout "$work/deb/usr/bin/optout"
        dpkg-deb --root-owner-group -Zgzip --build "$work/deb" "$deb"
    } >>"$log" 2>&1
else
    echo "optout image: no .deb, for want of dpkg-deb and fakeroot"
fi
rm -rf "$work"
trap - EXIT
