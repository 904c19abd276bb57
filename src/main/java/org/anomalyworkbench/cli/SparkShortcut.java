package org.anomalyworkbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code score --spark MASTER}: runs the Spark job ({@code org.anomalyworkbench.spark.ScoreJob})
 * without a cluster, e.g. on {@code local[*]}. The desktop package does not carry Spark, so the
 * job is found by name: when it (or Spark) is absent this says how to build and submit the job jar
 * instead. When present it runs in this JVM if Spark's access to JDK internals is open, else in a
 * child JVM on the same class path with the flags Spark's own launcher passes.
 */
final class SparkShortcut {
  static final String JOB = "org.anomalyworkbench.spark.ScoreJob";

  /** Spark's {@code --add-opens} list for Java 17 (as in the pom's spark profile and spark-submit). */
  static final List<String> JVM_FLAGS = List.of(
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private SparkShortcut() {
  }

  /**
   * What to do when the job or Spark is not on the class path, naming the profile and the jar.
   */
  static String notAvailable(String master, Path model, Path data, Path out) {
    return "Scoring on Spark needs Apache Spark and the Spark job on the class path; the desktop package carries "
        + "neither. Build the job jar with 'mvn -Pspark package' (it writes target/anomaly-workbench-spark-job.jar) "
        + "and run:\n  spark-submit --master " + master + " --class " + JOB
        + " target/anomaly-workbench-spark-job.jar --model " + model + " --data " + data + " --out " + out
        + "\nor score on this machine without --spark.";
  }

  /** Whether the job's class and Spark itself can be loaded here. */
  static boolean available() {
    try {
      Class.forName(JOB, false, SparkShortcut.class.getClassLoader());
      Class.forName("org.apache.spark.sql.SparkSession", false, SparkShortcut.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Runs the job with {@code jobArgs} (its own options, {@code --master} included).
   *
   * @return the job's exit code: 0 done, 1 failed, 2 bad options
   */
  static int run(List<String> jobArgs, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    if (internalsOpen()) {
      return inProcess(jobArgs, out, err);
    }
    return childJvm(jobArgs, out, err);
  }

  /** True when this JVM was started with Spark's --add-opens (e.g. the spark profile's tests). */
  static boolean internalsOpen() {
    return Object.class.getModule().isOpen("sun.nio.ch", SparkShortcut.class.getModule())
        && Object.class.getModule().isOpen("java.nio", SparkShortcut.class.getModule());
  }

  private static int inProcess(List<String> jobArgs, PrintWriter out, PrintWriter err) {
    try {
      Class<?> job = Class.forName(JOB);
      Method run = job.getMethod("run", String[].class, PrintStream.class, PrintStream.class);
      PrintStream o = new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8);
      PrintStream e = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
      return (Integer) run.invoke(null, jobArgs.toArray(new String[0]), o, e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      err.println("Error: the Spark job failed: " + cause);
      return 1;
    } catch (ReflectiveOperationException e) {
      err.println("Error: the Spark job cannot be started here (" + e + ").");
      return 1;
    }
  }

  private static int childJvm(List<String> jobArgs, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JOB);
    command.addAll(jobArgs);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
    if (jobArgs.size() > 1 && jobArgs.get(1).startsWith("local")) {
      builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1"); // a local run needs no network
    }
    Process child = builder.start();
    Thread errors = new Thread(() -> copy(child.getErrorStream(), err), "spark-job-stderr");
    errors.start();
    copy(child.getInputStream(), out);
    int code = child.waitFor();
    errors.join();
    return code;
  }

  private static void copy(java.io.InputStream from, PrintWriter to) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        to.println(line);
        to.flush();
      }
    } catch (IOException e) {
      to.println("(lost the Spark job's output: " + e.getMessage() + ")");
    }
  }

  /** A PrintWriter seen as an OutputStream, so the job's PrintStreams reach the CLI's writers. */
  private static final class WriterStream extends java.io.OutputStream {
    private final PrintWriter target;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    WriterStream(PrintWriter target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public void flush() {
      target.print(line.toString(StandardCharsets.UTF_8));
      target.flush();
      line.reset();
    }
  }
}
