#!/usr/bin/env bash
# Builds what run-on-device.sh needs on a GPU machine that has no Java: a jlink'd Java runtime,
# the library and test jars, their dependencies (JCuda with its linux-x86_64 natives, ND4J with
# its plain x86-64 natives, stripped), the JUnit console and the compiled benchmark. Writes the
# folder build/gpu-bundle/bundle and the archive build/gpu-bundle/dendrite-gpu-bundle.tar.xz,
# and fails when the archive is over 64 MiB.
#   bench/gpu/package-bundle.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$ROOT/build/gpu-bundle
BUNDLE=$WORK/bundle
ARCHIVE=$WORK/dendrite-gpu-bundle.tar.xz
LIMIT_MIB=64
JUNIT_CONSOLE=org.junit.platform:junit-platform-console-standalone:1.11.4
# Modules the library, ND4J and JUnit load; checked by the smoke run below.
MODULES=java.base,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported

cd "$ROOT"
rm -rf "$WORK"
mkdir -p "$BUNDLE/lib" "$WORK/tmp"

echo "building the library and its tests"
mvn -B -o -q -pl lib package -DskipTests
cp lib/target/dendrite-lib-*.jar "$BUNDLE/lib/"
jar --create --file "$BUNDLE/lib/dendrite-lib-tests.jar" -C lib/target/test-classes .
mvn -B -o -q -pl lib dependency:copy-dependencies -DincludeScope=test -DoutputDirectory="$WORK/deps"
mvn -B -q dependency:copy -Dartifact=$JUNIT_CONSOLE -DoutputDirectory="$BUNDLE/lib"

# Only what the GPU tests and the benchmark load. ND4J's CPU variants are 80-95 MB each: keep
# the plain x86-64 one, which runs on every CPU (the oneDNN one needs AVX-512 and 56 MB more).
# Charts (XChart, PDFBox) and tables (Tablesaw and its libraries) stay behind.
for jar in "$WORK"/deps/*.jar; do
  case $(basename "$jar") in
    *-avx2.jar|*-onednn-avx512.jar|dnnl-*|opencl-*|junit-*|opentest4j-*|apiguardian-*) ;;
    xchart-*|VectorGraphics2D-*|graphics2d-*|pdfbox-*|fontbox-*|commons-logging-*|animated-gif-lib-*) ;;
    tablesaw-*|guava-30*|failureaccess-*|listenablefuture-*|jsr305-*|checker-qual-*|error_prone_*|j2objc-*) ;;
    fastutil-*|RoaringBitmap-*|shims-*|univocity-*|icu4j-*|classgraph-*) ;;
    *) cp "$jar" "$BUNDLE/lib/" ;;
  esac
done

# JCuda's natives jar also holds cuBLAS, cuFFT... bindings: keep the driver API's library only.
natives=$(ls "$BUNDLE"/lib/jcuda-natives-*.jar)
mkdir -p "$WORK/tmp/jcuda" && (cd "$WORK/tmp/jcuda" && jar --extract --file "$natives")
find "$WORK/tmp/jcuda/lib" -type f ! -name 'libJCudaDriver-*' -delete
rm "$natives" && jar --create --file "$natives" -C "$WORK/tmp/jcuda" .

# Native libraries without debug symbols; every jar stored uncompressed so that xz packs it better.
for jar in "$BUNDLE"/lib/*.jar; do
  dir=$WORK/tmp/unpacked/$(basename "$jar" .jar)
  mkdir -p "$dir"
  (cd "$dir" && jar --extract --file "$jar")
  find "$dir" -path '*linux-x86_64*' -name '*.so*' -type f -exec strip --strip-unneeded {} \;
  rm "$jar"
  if [ -f "$dir/META-INF/MANIFEST.MF" ]; then
    jar --create --no-compress --file "$jar" --manifest "$dir/META-INF/MANIFEST.MF" -C "$dir" .
  else
    jar --create --no-compress --file "$jar" -C "$dir" .
  fi
done

echo "compiling the benchmark"
javac -d "$WORK/tmp/bench" -cp "$BUNDLE/lib/*" bench/gpu/GpuBenchmark.java
jar --create --file "$BUNDLE/lib/dendrite-gpu-bench.jar" -C "$WORK/tmp/bench" .
cp bench/gpu/torch_bench.py "$BUNDLE/"

echo "linking a Java runtime with $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=0 --output "$BUNDLE/runtime"

echo "smoke test of the bundle on this machine (CPU)"
"$BUNDLE/runtime/bin/java" -cp "$BUNDLE/lib/*" org.junit.platform.console.ConsoleLauncher execute \
  --disable-banner --details=summary --select-class=org.dendrite.device.DeviceTest \
  --select-class=org.dendrite.tensor.ConvolutionTest --select-class=org.dendrite.tensor.CudaBackendTest \
  | grep -E "tests (successful|aborted|failed)"

tar -C "$BUNDLE" -cf - . | xz -T2 -9 > "$ARCHIVE"
size=$(stat -c %s "$ARCHIVE")
echo "bundle folder: $(du -sh "$BUNDLE" | cut -f1), archive: $ARCHIVE $((size / 1024 / 1024)) MiB ($size bytes)"
if [ "$size" -gt $((LIMIT_MIB * 1024 * 1024)) ]; then
  echo "the archive is over $LIMIT_MIB MiB" >&2
  exit 1
fi
rm -rf "$WORK/tmp" "$WORK/deps"
