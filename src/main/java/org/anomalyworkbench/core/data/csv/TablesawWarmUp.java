package org.anomalyworkbench.core.data.csv;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Initialises Tablesaw's {@code Table} class early and off the caller's thread.
 *
 * <p>{@code Table}'s static initialiser runs a ClassGraph scan of the whole class path to
 * find Tablesaw's readers: measured 0.6-1.2 s in a fresh JVM on this project's 80-jar class
 * path, which would be a large part of importing a big CSV file. The scan only needs
 * Tablesaw's own jar (all the readers it registers live there), so while the class is being
 * initialised the {@code java.class.path} property is narrowed to that jar (about half the
 * time), and the old value is restored at once. This happens once per JVM, on a daemon
 * thread started by the first import (or by {@link CsvImporter#warmUp()} at application
 * start-up). Set {@code -Danomalyworkbench.tablesaw.narrowScan=false} to scan normally.
 */
final class TablesawWarmUp {
  private static final String CLASS = "tech.tablesaw.api.Table";
  private static volatile CompletableFuture<Void> done;

  private TablesawWarmUp() {
  }

  /** Starts initialisation on a daemon thread, once. */
  static void start() {
    if (done == null) {
      synchronized (TablesawWarmUp.class) {
        if (done == null) {
          done = CompletableFuture.runAsync(TablesawWarmUp::initialise, r -> {
            Thread t = new Thread(r, "tablesaw-warm-up");
            t.setDaemon(true);
            t.start();
          });
        }
      }
    }
  }

  /** Waits until {@code Table} is initialised (starting it if needed). */
  static void await() {
    start();
    try {
      done.join();
    } catch (java.util.concurrent.CompletionException e) {
      // Table's own initialisation failed: rethrow its error, not the future's wrapper.
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void initialise() {
    ClassLoader loader = TablesawWarmUp.class.getClassLoader();
    try {
      Class<?> table = Class.forName(CLASS, false, loader);
      String jar = Boolean.parseBoolean(System.getProperty("anomalyworkbench.tablesaw.narrowScan", "true"))
          ? jarOf(table) : null;
      initialiseWithClassPath(loader, jar);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Tablesaw is not on the class path", e);
    }
  }

  private static void initialiseWithClassPath(ClassLoader loader, String jar) throws ClassNotFoundException {
    if (jar == null) {
      Class.forName(CLASS, true, loader);
      return;
    }
    // No lock: readers of the property do not take one, and ClassGraph's own threads must
    // not be able to block on us.
    String old = System.getProperty("java.class.path");
    System.setProperty("java.class.path", jar);
    try {
      Class.forName(CLASS, true, loader);
    } finally {
      System.setProperty("java.class.path", old);
    }
  }

  /** The jar file the class came from, or null when it did not come from a jar. */
  private static String jarOf(Class<?> c) {
    try {
      var source = c.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path p = Path.of(source.getLocation().toURI());
      return p.toString().endsWith(".jar") ? p.toString() : null;
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
