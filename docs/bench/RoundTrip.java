import java.util.*;
import org.apache.spark.api.java.*;
import org.apache.spark.sql.SparkSession;
/** Time of one synchronous averaging round's Spark part: broadcast P x 98 floats, one task per partition returning 98 floats + 2x98 Adam moments, reduce on the driver. */
public class RoundTrip {
  public static void main(String[] a) {
    SparkSession s = SparkSession.builder().master("local[2]").config("spark.ui.enabled","false")
        .config("spark.driver.bindAddress","127.0.0.1").config("spark.driver.host","127.0.0.1").getOrCreate();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(s.sparkContext());
    int p = Integer.parseInt(a[0]);
    JavaRDD<Integer> parts = jsc.parallelize(new ArrayList<>(Collections.nCopies(p, 1)), p);
    float[] params = new float[98 * 3];
    long[] times = new long[30];
    for (int r = 0; r < times.length; r++) {
      long t0 = System.nanoTime();
      var b = jsc.broadcast(params.clone());
      float[] sum = parts.map(x -> { float[] w = b.value().clone(); for (int i = 0; i < w.length; i++) w[i] += 1e-3f; return w; })
          .reduce((x, y) -> { float[] z = new float[x.length]; for (int i = 0; i < z.length; i++) z[i] = x[i] + y[i]; return z; });
      for (int i = 0; i < params.length; i++) params[i] = sum[i] / p;
      b.destroy();
      times[r] = System.nanoTime() - t0;
    }
    long[] sorted = Arrays.copyOfRange(times, 5, times.length); Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "partitions %d: median round %.1f ms, min %.1f ms, max %.1f ms (rounds 6-30)%n", p,
        sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
    s.stop();
  }
}
