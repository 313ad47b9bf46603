/**
 * Robustness suites of the JDBC store: lost updates and deadlocks under concurrency, crash consistency of
 * imports killed with SIGKILL, and hostile query input. They run against H2 always and against PostgreSQL and
 * MariaDB when {@code CRM_TEST_POSTGRES_URL} / {@code CRM_TEST_MARIADB_URL} are set; the counts scale up with
 * the {@code soak} Maven profile ({@code -Dcrm.soak=true}). See docs/robustness.md.
 */
package dev.crmkit.jdbc.robustness;
