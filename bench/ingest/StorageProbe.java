import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How long the disk under the database takes to make a small write durable, the way InnoDB commits
 * with {@code innodb_flush_log_at_trx_commit=1}: 4 KiB O_DSYNC writes, a few hundred per second, for a
 * few seconds. Every delivery's acknowledgement waits for such a write, so a disk that stalls for
 * 100 ms now and then puts a 100 ms tail under the ingest benchmark's latencies whatever the service does.
 *
 * <pre>java bench/ingest/StorageProbe.java DIR SECONDS</pre>
 * Prints one Markdown-ready line.
 */
public class StorageProbe {

    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile(Path.of(args[0]), "storage-probe", ".tmp");
        long seconds = Long.parseLong(args[1]);
        long[] latencies = new long[(int) seconds * 1000];
        int n = 0;
        ByteBuffer block = ByteBuffer.allocateDirect(4096);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end && n < latencies.length) {
                block.clear();
                long start = System.nanoTime();
                channel.write(block, 0);
                latencies[n++] = System.nanoTime() - start;
                LockSupport.parkNanos(2_000_000); // about as often as the group commits of 500 deliveries/s
            }
        } finally {
            Files.deleteIfExists(file);
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        long over50 = Arrays.stream(sorted).filter(nanos -> nanos > 50_000_000L).count();
        System.out.printf(Locale.ROOT, "%d durable 4 KiB writes in %d s: p50 %.2f ms, p99 %.2f ms, p99.9 %.1f ms, max %.1f ms, %d over 50 ms%n",
                n, seconds, millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 0.999), sorted[n - 1] / 1e6, over50);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
