/** A deterministic generator of realistic Italian articles, for benchmarks and load tests. */
package dev.redazione.testkit.generate;
