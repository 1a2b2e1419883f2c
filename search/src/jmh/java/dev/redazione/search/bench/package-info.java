/** Benchmarks of the search module, run with the {@code benchmark} profile, never by {@code verify}. */
package dev.redazione.search.bench;
