/**
 * JMH benchmarks of CRMKit and the launcher that runs them ({@link dev.crmkit.examples.bench.BenchMain}).
 *
 * <p>Every storage benchmark has a hand-written JDBC twin that writes or reads the same information in the
 * same database within the same JMH run, so the report can show CRMKit's cost as a ratio to plain JDBC
 * (ratios survive a busy machine better than absolute numbers). The in-memory benchmarks (forecasting,
 * scoring, training) are held against absolute goals and, where one exists, a plain-Java loop.
 *
 * <p>Data are generated deterministically from the row index ({@link dev.crmkit.examples.bench.DealRows},
 * {@link dev.crmkit.examples.bench.ContactRows}) and streamed batch by batch, so the heap a bulk import
 * needs does not grow with the number of rows. See {@code docs/benchmarks.md} for what is measured, the
 * goals, and the latest results.
 */
package dev.crmkit.examples.bench;
